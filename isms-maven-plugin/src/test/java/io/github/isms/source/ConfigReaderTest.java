package io.github.isms.source;

import static io.github.isms.testing.TestIsms.ISMS_YAML;
import static io.github.isms.testing.TestIsms.places;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.check.CheckResult;
import io.github.isms.model.EvidenceKind;
import io.github.isms.model.IsmsConfig;
import io.github.isms.model.Member;
import io.github.isms.model.TrustedSigner;
import io.github.isms.testing.TestIsms;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** isms.yaml's people: section and the approval: settings, read as written and checked where written. */
class ConfigReaderTest {

    private static final String BASE = """
            organization: {name: Example Corp}
            roles: {CISO: [alice@example.com], CEO: [bob@example.com]}
            mandatoryDocuments: off
            """;

    @TempDir
    Path dir;

    private static IsmsConfig read(String yaml, Diagnostics diagnostics) {
        return ConfigReader.read(new SourceFile(Path.of("isms.yaml"), "isms.yaml", yaml), diagnostics);
    }

    @Test
    void peopleAreKeyedByEmailWithTheirPlatformLogins() {
        Diagnostics diagnostics = new Diagnostics();
        IsmsConfig config = read(BASE + """
                people:
                  bob@example.com: {name: Bob Becker, github: bob-b, gitlab: bbecker}
                  alice@example.com: {github: '@alice-a'}
                """, diagnostics);

        assertThat(diagnostics.all()).isEmpty();
        assertThat(config.people()).containsExactly(new Member("bob@example.com", "Bob Becker", "bob-b", "bbecker"),
                new Member("alice@example.com", null, "alice-a", null));
        assertThat(config.member("BOB@example.com")).map(m -> m.login("gitlab")).contains("bbecker");
    }

    @Test
    void badPeopleEntriesAreReportedAtTheirLineAndColumn() {
        CheckResult result = TestIsms.in(dir).config(TestIsms.VALID_CONFIG + """
                people:
                  not-an-address: {github: x}
                  bob@example.com: {github: -bad-, gitlab: bbecker, phone: 123}
                  carol@example.com: {gitlab: BBecker}
                """).check();

        assertThat(places(result)).containsExactly(
                ISMS_YAML + ":21:3: EMAIL_INVALID",
                ISMS_YAML + ":22:29: LOGIN_INVALID",
                ISMS_YAML + ":22:53: KEY_UNKNOWN",
                ISMS_YAML + ":23:31: LOGIN_INVALID");
        assertThat(result.diagnostics().get(3).message()).contains("already the gitlab login of bob@example.com");
        assertThat(TestIsms.withCode(result, Code.LOGIN_INVALID)).hasSize(2);
    }

    @Test
    void approvalSettingsAreReadWithStrictDefaults() {
        Diagnostics diagnostics = new Diagnostics();
        IsmsConfig strict = read(BASE + "approval: {evidence: [reviews, trailers]}\n", diagnostics);
        IsmsConfig loose = read(BASE + """
                approval:
                  evidence: [reviews]
                  authorMayApprove: true
                  staleReviews: allow
                  singleParentTrailers: true
                  requestUrl: https://github.com/org/isms/pull/{number}
                  signers:
                    - name: GitHub web-flow
                      ssh: "noreply@github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample"
                """, diagnostics);

        assertThat(diagnostics.all()).isEmpty();
        assertThat(strict.approval().evidence()).containsExactly(EvidenceKind.REVIEWS, EvidenceKind.TRAILERS);
        assertThat(strict.approval().authorMayApprove()).isFalse();
        assertThat(strict.approval().staleReviewsAllowed()).isFalse();
        assertThat(strict.approval().singleParentTrailers()).isFalse();
        assertThat(strict.approval().signers()).isEmpty();
        assertThat(loose.approval().authorMayApprove()).isTrue();
        assertThat(loose.approval().staleReviewsAllowed()).isTrue();
        assertThat(loose.approval().singleParentTrailers()).isTrue();
        assertThat(loose.approval().requestUrl()).isEqualTo("https://github.com/org/isms/pull/{number}");
        assertThat(loose.approval().signers()).singleElement().satisfies(s -> {
            assertThat(s.format()).isEqualTo(TrustedSigner.Format.SSH);
            assertThat(s.name()).isEqualTo("GitHub web-flow");
        });
    }

    @Test
    void wrongApprovalSettingsAreReportedWhereWritten() {
        String config = BASE + """
                approval:
                  evidence: [reviews, votes]
                  authorMayApprove: sometimes
                  staleReviews: maybe
                  requestUrl: github.com/org/isms/pull
                  signers:
                    - ssh: "just text"
                    - openpgp: "not a key"
                    - {name: both, ssh: "a ssh-ed25519 AAAA", openpgp: "x"}
                """;

        CheckResult result = TestIsms.in(dir).config(config).check();

        assertThat(places(result)).containsExactly(
                ISMS_YAML + ":5:23: EVIDENCE_UNKNOWN",
                ISMS_YAML + ":6:21: APPROVAL_SETTING_INVALID",
                ISMS_YAML + ":7:17: APPROVAL_SETTING_INVALID",
                ISMS_YAML + ":8:15: APPROVAL_SETTING_INVALID",
                ISMS_YAML + ":10:12: SIGNER_INVALID",
                ISMS_YAML + ":11:16: SIGNER_INVALID",
                ISMS_YAML + ":12:7: SIGNER_INVALID");
        assertThat(TestIsms.withCode(result, Code.APPROVAL_SETTING_INVALID)).hasSize(3);
        assertThat(TestIsms.withCode(result, Code.SIGNER_INVALID)).hasSize(3);
    }
}
