package io.github.isms.diag;

import static io.github.isms.testing.TestIsms.DOCUMENTS;
import static io.github.isms.testing.TestIsms.ISMS_YAML;
import static io.github.isms.testing.TestIsms.VALID_CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.TestIsms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per diagnostic code: an ISMS with exactly that mistake, checked through the real
 * loader and rules, must report exactly the expected {@code path:line:column: CODE} lines and
 * nothing else. A new code without a case here fails {@link #everyCodeHasACase()}.
 */
class DiagnosticCodesTest {

    private static final String DOC = DOCUMENTS + "doc.md";

    record Case(String spec, Code code, Consumer<TestIsms> setup, List<String> expected) {
        @Override
        public String toString() {
            return code + ": " + spec;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a broken symbolic link can not be read", Code.FILE_UNREADABLE,
                        isms -> link(isms, "gone.md", isms.path("src/isms/nowhere.md")),
                        List.of(DOCUMENTS + "gone.md:1:1")),
                new Case("a byte that is not UTF-8 is reported at its line and column", Code.FILE_ENCODING,
                        isms -> isms.bytes(DOC, latin1("---\nid: POL-1\ntitle: Caf\u00e9\ntype: policy\nversion: \"1.0\"\n---\n")),
                        List.of(DOC + ":3:11")),
                new Case("a file over the size limit is refused unread", Code.FILE_TOO_LARGE,
                        isms -> isms.bytes(DOC, new byte[8 * 1024 * 1024 + 1]),
                        List.of(DOC + ":1:1")),
                new Case("a symbolic link out of the ISMS folder is refused", Code.FILE_OUTSIDE_SOURCE,
                        isms -> {
                            isms.file("elsewhere/secret.md", TestIsms.policy("SECRET-1"));
                            link(isms, "secret.md", isms.path("elsewhere/secret.md"));
                        },
                        List.of(DOCUMENTS + "secret.md:1:1")),
                new Case("a project without isms.yaml", Code.CONFIG_MISSING,
                        isms -> isms.delete(ISMS_YAML),
                        List.of(ISMS_YAML + ":1:1")),
                new Case("YAML that does not parse is reported where the parser stopped", Code.YAML_SYNTAX,
                        isms -> isms.document("doc.md", "---\nid: POL-1\ntitle: Access: Control\ntype: policy\nversion: \"1.0\"\n---\n"),
                        List.of(DOC + ":3:14")),
                new Case("an alias bomb is refused at the first alias over the limit", Code.YAML_LIMIT,
                        isms -> isms.document("doc.md", """
                                ---
                                id: POL-1
                                a: &a [x, x]
                                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
                                c: [*b, *b]
                                ---
                                """),
                        List.of(DOC + ":5:5")),
                new Case("a document without front matter", Code.FRONT_MATTER_MISSING,
                        isms -> isms.document("doc.md", "# A policy\n\nText.\n"),
                        List.of(DOC + ":1:1")),
                new Case("front matter that is never closed is reported at its opening line", Code.FRONT_MATTER_UNCLOSED,
                        isms -> isms.document("doc.md", "---\nid: POL-1\ntitle: A policy\n\n# A policy\n"),
                        List.of(DOC + ":1:1")),
                new Case("a missing required key is reported at the front matter's first key", Code.KEY_REQUIRED,
                        isms -> isms.document("doc.md", "---\nid: POL-1\ntype: policy\nversion: \"1.0\"\n---\n"),
                        List.of(DOC + ":2:1")),
                new Case("a list where a string belongs is reported at the value", Code.KEY_TYPE,
                        isms -> isms.document("doc.md", "---\nid: POL-1\ntitle: [A, policy]\ntype: policy\nversion: \"1.0\"\n---\n"),
                        List.of(DOC + ":3:8")),
                new Case("an unknown key is a warning at the key", Code.KEY_UNKNOWN,
                        isms -> isms.document("doc.md", TestIsms.policy("POL-1").replace("type: policy\n", "type: policy\ncolour: red\n")),
                        List.of(DOC + ":5:1")),
                new Case("a key given twice is reported at the second one", Code.KEY_DUPLICATE,
                        isms -> isms.document("doc.md", TestIsms.policy("POL-1").replace("type: policy\n", "type: policy\ntitle: Again\n")),
                        List.of(DOC + ":5:1")),
                new Case("a required key without a value is reported at the key", Code.VALUE_EMPTY,
                        isms -> isms.document("doc.md", TestIsms.policy("POL-1").replace("title: A policy", "title:")),
                        List.of(DOC + ":3:1")),
                new Case("a version that is not major.minor is reported at the value", Code.VERSION_FORMAT,
                        isms -> isms.document("doc.md", TestIsms.policy("POL-1").replace("version: \"1.0\"", "version: 1.0.1")),
                        List.of(DOC + ":5:10")),
                new Case("the date 2025-13-45 is reported at the value", Code.DATE_INVALID,
                        isms -> isms.document("doc.md", TestIsms.policy("POL-1").replace("type: policy\n", "type: policy\neffective: 2025-13-45\n")),
                        List.of(DOC + ":5:12")),
                new Case("a review interval that does not parse is reported at the value", Code.INTERVAL_INVALID,
                        isms -> isms.document("doc.md", TestIsms.policy("POL-1").replace("type: policy\n", "type: policy\nreview: now and then\n")),
                        List.of(DOC + ":5:9")),
                new Case("a document type outside the list is reported at the value", Code.TYPE_UNKNOWN,
                        isms -> isms.document("doc.md", TestIsms.policy("POL-1").replace("type: policy", "type: memo")),
                        List.of(DOC + ":4:7")),
                new Case("a status other than active or retired is reported at the value", Code.STATUS_UNKNOWN,
                        isms -> isms.document("doc.md", TestIsms.policy("POL-1").replace("type: policy\n", "type: policy\nstatus: draft\n")),
                        List.of(DOC + ":5:9")),
                new Case("an id with a space is reported at the value", Code.ID_FORMAT,
                        isms -> isms.document("doc.md", TestIsms.policy("\"POL 1\"")),
                        List.of(DOC + ":2:5")),
                new Case("one id in two files is reported in both", Code.ID_DUPLICATE,
                        isms -> isms.document("a.md", TestIsms.policy("POL-1")).document("sub/b.md", TestIsms.policy("POL-1")),
                        List.of(DOCUMENTS + "a.md:2:5", DOCUMENTS + "sub/b.md:2:5")),
                new Case("an owner role that isms.yaml does not define is reported at the value", Code.ROLE_UNKNOWN,
                        isms -> isms.document("doc.md", TestIsms.policy("POL-1").replace("type: policy\n", "type: policy\nowner: CTO\n")),
                        List.of(DOC + ":5:8")),
                new Case("a classification that isms.yaml does not list is reported at the value", Code.CLASSIFICATION_UNKNOWN,
                        isms -> isms.document("doc.md", TestIsms.policy("POL-1").replace("type: policy\n", "type: policy\nclassification: secret\n")),
                        List.of(DOC + ":5:17")),
                new Case("an unknown framework in isms.yaml is reported at the value", Code.FRAMEWORK_UNKNOWN,
                        isms -> isms.config(VALID_CONFIG.replace("framework: iso27001:2022", "framework: nist-csf")),
                        List.of(ISMS_YAML + ":3:12")),
                new Case("a role member that is not an e-mail address is reported at the member", Code.EMAIL_INVALID,
                        isms -> isms.config(VALID_CONFIG.replace("CISO: [alice@example.com]", "CISO: [alice@example.com, Alice]")),
                        List.of(ISMS_YAML + ":5:29")),
                new Case("an approval evidence kind other than trailers or merger is reported at the item", Code.EVIDENCE_UNKNOWN,
                        isms -> isms.config(VALID_CONFIG.replace("evidence: [trailers]", "evidence: [trailers, signatures]")),
                        List.of(ISMS_YAML + ":15:24")),
                new Case("a catalog file that isms.yaml lists but that does not exist is reported at its entry", Code.CATALOG_INVALID,
                        isms -> isms.config(VALID_CONFIG + "catalogs: [catalogs/nis2.yaml]\n"),
                        List.of(ISMS_YAML + ":20:12")),
                new Case("a control no catalog defines is reported at the item", Code.CONTROL_UNKNOWN,
                        isms -> isms.document("doc.md", withLine("controls: [A.5.1, A.5.99]")),
                        List.of(DOC + ":5:19")),
                new Case("a clause the edition does not have is reported at the item", Code.CLAUSE_UNKNOWN,
                        isms -> isms.document("doc.md", withLine("clauses: [\"7.5\", \"11\"]")),
                        List.of(DOC + ":5:18")),
                new Case("an implementation status outside the four words is reported at the value", Code.SOA_STATUS_UNKNOWN,
                        isms -> isms.document("doc.md", TestIsms.policy("POL-1")).file("src/isms/soa.yaml", "controls:\n  A.5.1: {status: done}\n"),
                        List.of("src/isms/soa.yaml:2:19")),
                new Case("an exclusion without a justification is reported at the control", Code.SOA_JUSTIFICATION_MISSING,
                        isms -> isms.document("doc.md", TestIsms.policy("POL-1")).file("src/isms/soa.yaml", "controls:\n  A.7.4: {applicable: false}\n"),
                        List.of("src/isms/soa.yaml:2:3")),
                new Case("an excluded control that a document implements is reported at both places", Code.SOA_EXCLUDED_IMPLEMENTED,
                        isms -> isms.document("doc.md", withLine("controls: [A.7.4]"))
                                .file("src/isms/soa.yaml", "controls:\n  A.7.4: {applicable: false, justification: No premises}\n"),
                        List.of(DOC + ":5:12", "src/isms/soa.yaml:2:3")),
                new Case("each mandatory document or record no document provides is reported at framework:", Code.MANDATORY_MISSING,
                        isms -> isms.config(VALID_CONFIG.replace("mandatoryDocuments: off", "mandatoryDocuments: warning"))
                                .document("doc.md", withLine("clauses: [\"4.3\", \"5.2\"]"))
                                .file("src/isms/soa.yaml", "controls: {}\n"),
                        java.util.Collections.nCopies(22 - 3, ISMS_YAML + ":3:1")));
    }

    /** The test policy with one more front matter line after {@code type:} (it becomes line 5). */
    private static String withLine(String line) {
        return TestIsms.policy("POL-1").replace("type: policy\n", "type: policy\n" + line + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMistakeIsReportedWithItsCodeAtItsFileLineAndColumnAndNothingElse(Case c, @TempDir java.nio.file.Path dir) {
        TestIsms isms = TestIsms.in(dir);
        c.setup().accept(isms);

        List<String> expected = c.expected().stream().map(at -> at + ": " + c.code()).toList();
        assertThat(TestIsms.places(isms.check())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyCodeHasACase() {
        Set<Code> covered = cases().map(Case::code).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrder(Code.values());
    }

    @Test
    void casesStartFromAnIsmsWithoutProblems(@TempDir java.nio.file.Path dir) {
        TestIsms isms = TestIsms.in(dir).document("doc.md", TestIsms.policy("POL-1"));

        assertThat(isms.check().diagnostics()).isEmpty();
    }

    private static byte[] latin1(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static void link(TestIsms isms, String name, java.nio.file.Path target) {
        try {
            java.nio.file.Path link = isms.path(DOCUMENTS + name);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
