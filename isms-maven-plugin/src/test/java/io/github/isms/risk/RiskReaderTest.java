package io.github.isms.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.check.CheckResult;
import io.github.isms.testing.TestIsms;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * risks.yaml is checked like every other source: each mistake is one {@code path:line:column: CODE
 * message} line at the value that is wrong, and all of them come out of one run.
 */
class RiskReaderTest {

    static final String RISKS_YAML = "src/isms/risks.yaml";

    @TempDir
    Path dir;

    private CheckResult check(String risksYaml) {
        return TestIsms.in(dir).file(RISKS_YAML, risksYaml).check();
    }

    /** The diagnostics about risks.yaml, as the build log shows them. */
    private List<String> lines(String risksYaml) {
        return check(risksYaml).diagnostics().stream()
                .filter(d -> d.position().path().equals(RISKS_YAML)).map(Diagnostic::format).toList();
    }

    /** The same, asserting first that nothing but the given codes is reported. */
    private List<String> lines(String risksYaml, Code... only) {
        List<Diagnostic> found = check(risksYaml).diagnostics().stream().filter(d -> d.position().path().equals(RISKS_YAML)).toList();
        assertThat(found).extracting(Diagnostic::code).containsOnly(only);
        return found.stream().map(Diagnostic::format).toList();
    }

    @Test
    void aCompleteRegisterWithTheDefaultScaleGivesNoDiagnostics() {
        assertThat(lines("""
                risks:
                  - id: R-001
                    title: Ransomware encrypts the file shares
                    owner: CISO
                    assets: [file shares, backups]
                    description: Phishing gives an attacker a foothold.
                    likelihood: Likely
                    impact: 5
                    treatment: mitigate
                    controls: [A.8.7, A.8.13]
                    plan: Immutable backups; EDR everywhere.
                    due: 2026-06-30
                    status: in-progress
                    residual: {likelihood: 2, impact: major}
                    reviewed: 2026-02-10
                  - id: R-002
                    title: Cloud region outage
                    owner: CISO
                    likelihood: 2
                    impact: 4
                    treatment: accept
                    acceptance: {by: CEO, date: 2026-02-20}
                """)).isEmpty();
    }

    @Test
    void everyMistakeInTheFileIsReportedInOneRunInReadingOrder() {
        assertThat(lines("""
                risks:
                  - id: R-001
                    title: Ransomware
                    owner: CISO
                    likelihood: 6
                    impact: 5
                    controls: [A.8.7, A.9.99]
                  - id: R-001
                    title: Leaver keeps access
                    owner: HR
                    likelihood: 3
                    impact: 4
                    treatment: retain
                  - title: No id
                    owner: CISO
                    likelihood: 2
                    impact: [3]
                """)).containsExactly(
                "src/isms/risks.yaml:2:9: RISK_ID_DUPLICATE risk id 'R-001' is used again at src/isms/risks.yaml:8:9",
                "src/isms/risks.yaml:5:17: RISK_OUTSIDE_SCALE likelihood '6' is not on the scale: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain",
                "src/isms/risks.yaml:7:23: CONTROL_UNKNOWN risk R-001 names control 'A.9.99', which is not in ISO/IEC 27001:2022 Annex A",
                "src/isms/risks.yaml:8:9: RISK_ID_DUPLICATE risk id 'R-001' is already used at src/isms/risks.yaml:2:9",
                "src/isms/risks.yaml:10:12: ROLE_UNKNOWN role 'HR' (owner of risk R-001) is not defined under roles: in isms.yaml (defined: CISO, CEO)",
                "src/isms/risks.yaml:13:16: RISK_ACCEPTANCE_MISSING risk R-001 is retained without an acceptance; add acceptance: {by: <role>, date: YYYY-MM-DD} (clause 6.1.3 f)",
                "src/isms/risks.yaml:14:5: KEY_REQUIRED missing required key 'id' in a risk",
                "src/isms/risks.yaml:17:13: KEY_TYPE 'impact' must be a single value (text), not a list");
    }

    @Test
    void aRiskIdUsedTwiceIsReportedAtBothRisksEachNamingTheOther() {
        assertThat(lines("""
                risks:
                  - {id: R-001, title: A, owner: CISO, likelihood: 1, impact: 1}
                  - {id: R-001, title: B, owner: CISO, likelihood: 1, impact: 1}
                """, Code.RISK_ID_DUPLICATE)).containsExactly(
                "src/isms/risks.yaml:2:10: RISK_ID_DUPLICATE risk id 'R-001' is used again at src/isms/risks.yaml:3:10",
                "src/isms/risks.yaml:3:10: RISK_ID_DUPLICATE risk id 'R-001' is already used at src/isms/risks.yaml:2:10");
    }

    @Test
    void aControlOutsideTheActiveCatalogIsReportedWithItsSuccessorWhenItIsA2013Id() {
        assertThat(lines("""
                risks:
                  - {id: R-001, title: A, owner: CISO, likelihood: 1, impact: 1, controls: [A.9.2.3]}
                """, Code.CONTROL_UNKNOWN)).containsExactly(
                "src/isms/risks.yaml:2:77: CONTROL_UNKNOWN risk R-001 names control 'A.9.2.3', which is not in ISO/IEC 27001:2022 Annex A;"
                        + " it is a 2013 control, continued in 2022 as A.8.2");
    }

    @Test
    void aControlThatTreatsARiskButIsExcludedInTheSoaIsReportedAtBothPlacesEachNamingTheOther() {
        CheckResult result = TestIsms.in(dir)
                .file("src/isms/soa.yaml", "controls:\n  A.7.4: {applicable: false, justification: No premises}\n")
                .file(RISKS_YAML, """
                        risks:
                          - {id: R-001, title: A, owner: CISO, likelihood: 1, impact: 1, controls: [A.7.4]}
                        """).check();

        assertThat(TestIsms.withCode(result, Code.SOA_EXCLUDED_IMPLEMENTED)).extracting(Diagnostic::format).containsExactly(
                "src/isms/risks.yaml:2:77: SOA_EXCLUDED_IMPLEMENTED risk R-001 is treated by control A.7.4, which src/isms/soa.yaml:2:3 excludes",
                "src/isms/soa.yaml:2:3: SOA_EXCLUDED_IMPLEMENTED control A.7.4 is excluded here, but risk R-001 is treated by it at src/isms/risks.yaml:2:77");
    }

    @Test
    void aLevelMayBeWrittenAsItsNumberOrItsNameInAnyCaseButNothingElse() {
        assertThat(lines("""
                risks:
                  - {id: R-1, title: A, owner: CISO, likelihood: almost CERTAIN, impact: 1}
                  - {id: R-2, title: B, owner: CISO, likelihood: 0, impact: Catastrophic}
                """, Code.RISK_OUTSIDE_SCALE)).containsExactly(
                "src/isms/risks.yaml:3:50: RISK_OUTSIDE_SCALE likelihood '0' is not on the scale: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain",
                "src/isms/risks.yaml:3:61: RISK_OUTSIDE_SCALE impact 'Catastrophic' is not on the scale: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Severe");
    }

    @Test
    void anOwnScaleNamesItsLevelsAndAnAppetiteBeyondItsHighestScoreIsRefused() {
        assertThat(lines("""
                scale:
                  likelihood: [Low, Medium, High]
                  impact: [Low, Medium, High]
                  appetite: 10
                risks:
                  - {id: R-1, title: A, owner: CISO, likelihood: High, impact: 4}
                """, Code.RISK_OUTSIDE_SCALE)).containsExactly(
                "src/isms/risks.yaml:4:13: RISK_OUTSIDE_SCALE appetite '10' must be a score from 1 to 9 (likelihood × impact)",
                "src/isms/risks.yaml:6:64: RISK_OUTSIDE_SCALE impact '4' is not on the scale: 1 Low, 2 Medium, 3 High");
    }

    @Test
    void aScaleOfOneLevelIsRefusedAndTheDefaultLevelsAreUsed() {
        assertThat(lines("""
                scale:
                  impact: [Everything]
                risks: []
                """, Code.RISK_OUTSIDE_SCALE)).containsExactly("src/isms/risks.yaml:2:11: RISK_OUTSIDE_SCALE the impact scale needs at least two levels,"
                + " lowest first, for example Negligible, Minor, Moderate, Major, Severe");
    }

    @Test
    void aTreatmentOutsideTheFourOptionsOfIso27005IsReportedAtTheValue() {
        assertThat(lines("""
                risks:
                  - {id: R-1, title: A, owner: CISO, likelihood: 1, impact: 1, treatment: ignore}
                """, Code.RISK_TREATMENT_UNKNOWN)).containsExactly("src/isms/risks.yaml:2:75: RISK_TREATMENT_UNKNOWN treatment 'ignore' of risk R-1 is not one of"
                + " modify (mitigate), retain (accept), avoid (terminate), share (transfer)");
    }

    @Test
    void aRetainedRiskNeedsAnAcceptanceByAKnownRoleOnAValidDate() {
        assertThat(lines("""
                risks:
                  - id: R-1
                    title: A
                    owner: CISO
                    likelihood: 2
                    impact: 2
                    treatment: accept
                  - id: R-2
                    title: B
                    owner: CISO
                    likelihood: 2
                    impact: 2
                    treatment: retain
                    acceptance: {by: Board, date: 2026-02-30}
                  - id: R-3
                    title: C
                    owner: CISO
                    likelihood: 2
                    impact: 2
                    treatment: retain
                    acceptance: {date: 2026-02-20}
                """, Code.RISK_ACCEPTANCE_MISSING, Code.ROLE_UNKNOWN, Code.DATE_INVALID, Code.KEY_REQUIRED)).containsExactly(
                "src/isms/risks.yaml:7:16: RISK_ACCEPTANCE_MISSING risk R-1 is retained without an acceptance; add acceptance: {by: <role>, date: YYYY-MM-DD} (clause 6.1.3 f)",
                "src/isms/risks.yaml:14:22: ROLE_UNKNOWN role 'Board' (acceptance of risk R-2) is not defined under roles: in isms.yaml (defined: CISO, CEO)",
                "src/isms/risks.yaml:14:35: DATE_INVALID '2026-02-30' is not a valid date; write YYYY-MM-DD",
                "src/isms/risks.yaml:21:17: KEY_REQUIRED missing required key 'by' in the acceptance of risk R-3");
    }

    @Test
    void aTreatmentStatusOtherThanPlannedInProgressOrDoneIsReported() {
        assertThat(lines("""
                risks:
                  - {id: R-1, title: A, owner: CISO, likelihood: 1, impact: 1, treatment: avoid, status: finished}
                """, Code.RISK_PLAN_STATUS_UNKNOWN)).containsExactly("src/isms/risks.yaml:2:90: RISK_PLAN_STATUS_UNKNOWN status 'finished' of risk R-1 is not one of"
                + " planned, in-progress, done");
    }

    @Test
    void theResidualLevelNeedsBothLikelihoodAndImpactOnTheScale() {
        assertThat(lines("""
                risks:
                  - id: R-1
                    title: A
                    owner: CISO
                    likelihood: 3
                    impact: 3
                    treatment: modify
                    residual: {likelihood: 1}
                """, Code.KEY_REQUIRED)).containsExactly(
                "src/isms/risks.yaml:8:15: KEY_REQUIRED missing required key 'impact' in the residual risk of risk R-1");
    }

    @Test
    void risksMustBeAListOfMappings() {
        assertThat(lines("""
                risks:
                  - R-001 Ransomware
                  - {id: R-2, title: B, owner: CISO, likelihood: 1, impact: 1, controls: {A.8.7: yes}}
                """, Code.KEY_TYPE)).containsExactly(
                "src/isms/risks.yaml:2:5: KEY_TYPE each item of 'risks' must be a mapping of keys to values, not a single value",
                "src/isms/risks.yaml:3:74: KEY_TYPE 'controls' must be a list of values, not a mapping");
    }

    @Test
    void aRiskIdMustBeSafeAsAnAnchorAndAnUnknownKeyIsAWarning() {
        CheckResult result = check("""
                risks:
                  - {id: R 1, title: A, owner: CISO, likelihood: 1, impact: 1, severity: high}
                """);
        assertThat(result.diagnostics()).filteredOn(d -> d.position().path().equals(RISKS_YAML)).map(Diagnostic::format).containsExactly(
                "src/isms/risks.yaml:2:10: ID_FORMAT risk id 'R 1' may hold only letters, digits, '.', '-' and '_' (for example R-001)",
                "src/isms/risks.yaml:2:64: KEY_UNKNOWN unknown key 'severity' in risk R 1; known keys: " + String.join(", ", RiskReader.RISK_KEYS));
        assertThat(TestIsms.withCode(result, Code.KEY_UNKNOWN)).allMatch(d -> !d.isError());
    }

    @Test
    void withoutRisksYamlThereIsNoRegisterAndNothingToReport() {
        CheckResult result = TestIsms.in(dir).check();
        assertThat(result.diagnostics()).noneMatch(d -> d.position().path().equals(RISKS_YAML));
    }
}
