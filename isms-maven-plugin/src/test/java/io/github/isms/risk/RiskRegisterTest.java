package io.github.isms.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.catalog.CatalogModel;
import io.github.isms.check.RiskRules;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.init.InitRequest;
import io.github.isms.init.Initializer;
import io.github.isms.init.TemplateFile;
import io.github.isms.init.TemplateSet;
import io.github.isms.model.IsmsProject;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import io.github.isms.testing.TestIsms;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What risks.yaml means once read: levels, scores, the order of the register, and the risks each control treats. */
class RiskRegisterTest {

    @TempDir
    Path dir;

    private RiskRegister read(IsmsProject project, Diagnostics diagnostics) {
        RiskRegister register = RiskReader.read(project, diagnostics);
        CatalogModel catalog = CatalogModel.load(project, diagnostics);
        RiskRules.check(register, catalog.catalogs(), catalog.soaFile(), diagnostics);
        return register;
    }

    private RiskRegister read(String risksYaml) {
        TestIsms isms = TestIsms.in(dir).file("src/isms/risks.yaml", risksYaml);
        Diagnostics diagnostics = new Diagnostics();
        RiskRegister register = read(new ProjectLoader(SourceLayout.defaults(isms.root())).load(diagnostics), diagnostics);
        assertThat(diagnostics.all()).extracting(Diagnostic::format).isEmpty();
        return register;
    }

    @Test
    void everyValueIsReadWithLevelNamesTurnedIntoNumbersAndSynonymsIntoTheIso27005Option() {
        Risk risk = read(RiskSiteTest.REGISTER).risks().get(1);

        assertThat(risk.id()).isEqualTo("R-001");
        assertThat(risk.inherent()).contains(new Rating(4, 5));
        assertThat(risk.inherentScore()).isEqualTo(20);
        assertThat(risk.treatment()).contains(Treatment.MODIFY);
        assertThat(risk.controlIds()).containsExactly("A.8.7", "A.8.13");
        assertThat(risk.assets()).containsExactly("file shares", "backups");
        assertThat(risk.due()).contains(LocalDate.of(2026, 6, 30));
        assertThat(risk.status()).contains(PlanStatus.IN_PROGRESS);
        assertThat(risk.residual()).contains(new Rating(2, 4));
        assertThat(risk.current()).contains(new Rating(2, 4));
        assertThat(risk.reviewed()).contains(LocalDate.of(2026, 2, 10));
        assertThat(Treatment.parse("Transfer")).contains(Treatment.SHARE);
        assertThat(Treatment.parse("accept")).contains(Treatment.RETAIN);
    }

    @Test
    void theRegisterIsOrderedByInherentScoreAndAnswersWhichRisksAControlTreats() {
        RiskRegister register = read(RiskSiteTest.REGISTER);

        assertThat(register.byInherentScore()).extracting(Risk::id).containsExactly("R-001", "R-002", "R-004", "R-003");
        assertThat(register.treatedBy("A.8.13")).extracting(Risk::id).containsExactly("R-001", "R-002");
        assertThat(register.treatedBy("A.5.1")).isEmpty();
        assertThat(register.untreated()).extracting(Risk::id).containsExactly("R-004");
        // Judged by the current level: R-001's residual 8 is within the default appetite of 9, R-004's inherent 12 is not.
        assertThat(register.scale().appetite()).isEqualTo(9);
        assertThat(register.aboveAppetite()).extracting(Risk::id).containsExactly("R-004");
    }

    @Test
    void anOwnScaleWithoutAnAppetiteAcceptsUpToTheMiddleLevelOnBothAxes() {
        RiskRegister register = read("""
                scale:
                  likelihood: [Low, Medium, High]
                  impact: [Low, Medium, High, Critical]
                risks:
                  - {id: R-1, title: A, owner: CISO, likelihood: high, impact: critical}
                """);

        assertThat(register.scale().appetite()).isEqualTo(4);
        assertThat(register.scale().maxScore()).isEqualTo(12);
        assertThat(register.risks().get(0).inherent()).contains(new Rating(3, 4));
        assertThat(register.scale().describe(new Rating(3, 4))).isEqualTo("High × Critical");
    }

    @Test
    void withoutRisksYamlTheRegisterIsAbsentAndEmpty() {
        TestIsms isms = TestIsms.in(dir);
        RiskRegister register = read(new ProjectLoader(SourceLayout.defaults(isms.root())).load(new Diagnostics()), new Diagnostics());

        assertThat(register.present()).isFalse();
        assertThat(register.risks()).isEmpty();
        assertThat(register.path()).isEqualTo("src/isms/risks.yaml");
    }

    @Test
    void theStarterRegisterOfIsmsInitUsesTheScaleOfItsRiskAssessmentProcessAndChecksCleanly() {
        SourceLayout layout = SourceLayout.defaults(dir);
        TemplateSet templates = TemplateSet.fromClassPath();
        assertThat(templates.files()).extracting(TemplateFile::path)
                .as("policy-templates on the class path predates risks.yaml; build with -am so the reactor's own copy is used")
                .contains("risks.yaml");
        new Initializer(templates).init(new InitRequest(layout, "Starter Corp", null, false));
        Diagnostics diagnostics = new Diagnostics();
        RiskRegister register = read(new ProjectLoader(layout).load(diagnostics), diagnostics);

        assertThat(diagnostics.all()).extracting(Diagnostic::format).isEmpty();
        assertThat(register.scale()).isEqualTo(new RiskScale(RiskScale.DEFAULT_LIKELIHOOD, RiskScale.DEFAULT_IMPACT, 6));
        assertThat(register.risks()).extracting(Risk::id).containsExactly("R-001", "R-002", "R-003");
    }
}
