package io.github.isms.source;

import static io.github.isms.testing.TestIsms.DOCUMENTS;
import static io.github.isms.testing.TestIsms.VALID_CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.check.CheckResult;
import io.github.isms.testing.TestIsms;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One anchor on a megabyte scalar with thousands of aliases passes the alias limit (aliases to
 * scalars are not "billion laughs" lists) but expands to gigabytes for whoever reads the values. Every
 * YAML the plugin reads refuses it at the alias that goes over.
 */
class YamlLimitsTest {

    /** Only a guard against a hang: the whole check runs, on a machine that may be busy; never a speed target. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final String MEGABYTE = "x".repeat(1_000_000);
    /** Two lines: a key holding the anchor, then a list of 3,000 aliases to it. */
    private static final String BOMB = "x-big: &big " + MEGABYTE + "\nx-copies: [" + String.join(", ", Collections.nCopies(3000, "*big")) + "]\n";
    /** The column of the third alias on the list's line: the first two stay within the million added characters. */
    private static final int THIRD_ALIAS = "x-copies: [".length() + 2 * "*big, ".length() + 1;

    @TempDir
    Path dir;

    /** Where the bomb goes, and the line its list of aliases lands on. */
    enum Where {
        FRONT_MATTER(DOCUMENTS + "bomb.md", 6, isms -> isms.document("bomb.md",
                "---\nid: POL-1\ntitle: T\ntype: policy\n" + BOMB + "version: \"1.0\"\n---\n# T\n")),
        ISMS_YAML(TestIsms.ISMS_YAML, VALID_CONFIG.split("\n").length + 2, isms -> isms.config(VALID_CONFIG + BOMB)),
        SOA_YAML("src/isms/soa.yaml", 4, isms -> isms.file("src/isms/soa.yaml", "controls:\n  A.5.1: {status: implemented}\n" + BOMB)),
        RISKS_YAML("src/isms/risks.yaml", 3, isms -> isms.file("src/isms/risks.yaml", "risks: []\n" + BOMB)),
        CATALOG("src/isms/catalogs/own.yaml", 3, isms -> isms.config(VALID_CONFIG + "catalogs: [catalogs/own.yaml]\n")
                .file("src/isms/catalogs/own.yaml", "id: own\n" + BOMB));

        final String path;
        final int line;
        final UnaryOperator<TestIsms> write;

        Where(String path, int line, UnaryOperator<TestIsms> write) {
            this.path = path;
            this.line = line;
            this.write = write;
        }
    }

    @ParameterizedTest
    @EnumSource(Where.class)
    void aMegabyteScalarAliasedThousandsOfTimesIsRefusedAtTheAliasThatGoesOver(Where where) {
        TestIsms isms = where.write.apply(TestIsms.in(dir));

        CheckResult result = assertTimeoutPreemptively(HANG_GUARD, isms::check);

        List<Diagnostic> limits = result.diagnostics().stream().filter(d -> d.code() == Code.YAML_LIMIT).toList();
        assertThat(limits).extracting(d -> d.position().toString())
                .containsExactly(where.path + ":" + where.line + ":" + THIRD_ALIAS);
        assertThat(limits.get(0).message()).contains("aliases expand this YAML by more than 1000000 characters");
    }
}
