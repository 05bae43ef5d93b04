package io.github.isms.diag;

import static io.github.isms.testing.TestIsms.DOCUMENTS;
import static io.github.isms.testing.TestIsms.ISMS_YAML;
import static io.github.isms.testing.TestIsms.VALID_CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.TestDocument;
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
 * nothing else. A code without a case here must be asserted by name in another test
 * ({@link #everyCodeHasACaseHereOrIsAssertedByNameInAnotherTest()}).
 */
class DiagnosticCodesTest {

    private static final String DOC = DOCUMENTS + "doc.md";
    private static final String SOA_YAML = "src/isms/soa.yaml";
    /** A soa.yaml that lists only some controls leaves the others without status: one SOA_STATUS_MISSING at its top. */
    private static final String UNLISTED_WITHOUT_STATUS = SOA_YAML + ":1:1: " + Code.SOA_STATUS_MISSING;

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
                            isms.file("elsewhere/secret.md", TestDocument.of("SECRET-1"));
                            link(isms, "secret.md", isms.path("elsewhere/secret.md"));
                        },
                        List.of(DOCUMENTS + "secret.md:1:1")),
                new Case("a project without isms.yaml", Code.CONFIG_MISSING,
                        isms -> isms.delete(ISMS_YAML),
                        List.of(ISMS_YAML + ":1:1")),
                inDocument("YAML that does not parse is reported where the parser stopped", Code.YAML_SYNTAX,
                        "---\nid: POL-1\ntitle: Access: Control\ntype: policy\nversion: \"1.0\"\n---\n", "3:14"),
                inDocument("an alias bomb is refused at the first alias over the limit", Code.YAML_LIMIT,
                        """
                                ---
                                id: POL-1
                                a: &a [x, x]
                                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
                                c: [*b, *b]
                                ---
                                """, "5:5"),
                inDocument("a document without front matter", Code.FRONT_MATTER_MISSING,
                        "# A policy\n\nText.\n", "1:1"),
                inDocument("front matter that is never closed is reported at its opening line", Code.FRONT_MATTER_UNCLOSED,
                        "---\nid: POL-1\ntitle: A policy\n\n# A policy\n", "1:1"),
                inDocument("a missing required key is reported at the front matter's first key", Code.KEY_REQUIRED,
                        "---\nid: POL-1\ntype: policy\nversion: \"1.0\"\n---\n", "2:1"),
                inDocument("a list where a string belongs is reported at the value", Code.KEY_TYPE,
                        "---\nid: POL-1\ntitle: [A, policy]\ntype: policy\nversion: \"1.0\"\n---\n", "3:8"),
                lineFive("an unknown key is a warning at the key", Code.KEY_UNKNOWN, "colour: red", 1),
                lineFive("a key given twice is reported at the second one", Code.KEY_DUPLICATE, "title: Again", 1),
                inDocument("a required key without a value is reported at the key", Code.VALUE_EMPTY,
                        TestDocument.of("POL-1").title(""), "3:1"),
                inDocument("a version that is not major.minor is reported at the value", Code.VERSION_FORMAT,
                        TestDocument.of("POL-1").field("version", "1.0.1"), "5:10"),
                lineFive("the date 2025-13-45 is reported at the value", Code.DATE_INVALID, "effective: 2025-13-45", 12),
                lineFive("a review interval that does not parse is reported at the value", Code.INTERVAL_INVALID,
                        "review: now and then", 9),
                inDocument("a document type outside the list is reported at the value", Code.TYPE_UNKNOWN,
                        TestDocument.of("POL-1").type("memo"), "4:7"),
                lineFive("a status other than active or retired is reported at the value", Code.STATUS_UNKNOWN,
                        "status: draft", 9),
                inDocument("an id with a space is reported at the value", Code.ID_FORMAT,
                        TestDocument.of("\"POL 1\""), "2:5"),
                new Case("one id in two files is reported in both", Code.ID_DUPLICATE,
                        isms -> isms.document("a.md", TestDocument.of("POL-1")).document("sub/b.md", TestDocument.of("POL-1")),
                        List.of(DOCUMENTS + "a.md:2:5", DOCUMENTS + "sub/b.md:2:5")),
                lineFive("an owner role that isms.yaml does not define is reported at the value", Code.ROLE_UNKNOWN,
                        "owner: CTO", 8),
                lineFive("a classification that isms.yaml does not list is reported at the value", Code.CLASSIFICATION_UNKNOWN,
                        "classification: secret", 17),
                inConfig("an unknown framework in isms.yaml is reported at the value", Code.FRAMEWORK_UNKNOWN,
                        "framework: iso27001:2022", "framework: nist-csf", "3:12"),
                inConfig("a role member that is not an e-mail address is reported at the member", Code.EMAIL_INVALID,
                        "CISO: [alice@example.com]", "CISO: [alice@example.com, Alice]", "5:29"),
                inConfig("an approval evidence kind other than trailers or merger is reported at the item", Code.EVIDENCE_UNKNOWN,
                        "evidence: [trailers]", "evidence: [trailers, signatures]", "15:24"),
                new Case("a catalog file that isms.yaml lists but that does not exist is reported at its entry", Code.CATALOG_INVALID,
                        isms -> isms.config(VALID_CONFIG + "catalogs: [catalogs/nis2.yaml]\n"),
                        List.of(ISMS_YAML + ":20:12")),
                lineFive("a control no catalog defines is reported at the item", Code.CONTROL_UNKNOWN,
                        "controls: [A.5.1, A.5.99]", 19),
                lineFive("a clause the edition does not have is reported at the item", Code.CLAUSE_UNKNOWN,
                        "clauses: [\"7.5\", \"11\"]", 18),
                new Case("an implementation status outside the four words is reported at the value", Code.SOA_STATUS_UNKNOWN,
                        isms -> isms.document("doc.md", TestDocument.of("POL-1")).file(SOA_YAML, "controls:\n  A.5.1: {status: done}\n"),
                        List.of(SOA_YAML + ":2:19", UNLISTED_WITHOUT_STATUS)),
                new Case("an exclusion without a justification is reported at the control", Code.SOA_JUSTIFICATION_MISSING,
                        isms -> isms.document("doc.md", TestDocument.of("POL-1")).file(SOA_YAML, "controls:\n  A.7.4: {applicable: false}\n"),
                        List.of(SOA_YAML + ":2:3", UNLISTED_WITHOUT_STATUS)),
                new Case("an excluded control that a document implements is reported at both places", Code.SOA_EXCLUDED_IMPLEMENTED,
                        isms -> isms.document("doc.md", TestDocument.of("POL-1").field("controls", "[A.7.4]"))
                                .file(SOA_YAML, "controls:\n  A.7.4: {applicable: false, justification: No premises}\n"),
                        List.of(DOC + ":5:12", SOA_YAML + ":2:3", UNLISTED_WITHOUT_STATUS)),
                new Case("each mandatory document or record no document provides is reported at framework:", Code.MANDATORY_MISSING,
                        isms -> isms.config(VALID_CONFIG.replace("mandatoryDocuments: off", "mandatoryDocuments: warning"))
                                .document("doc.md", TestDocument.of("POL-1").field("clauses", "[\"4.3\", \"5.2\"]"))
                                .file(SOA_YAML, "controls: {}\n"),
                        // 22 core items of 2022; scope, policy and the SoA (from soa.yaml) are provided.
                        java.util.stream.Stream.concat(java.util.Collections.nCopies(22 - 3, ISMS_YAML + ":3:1").stream(),
                                java.util.stream.Stream.of(UNLISTED_WITHOUT_STATUS)).toList()));
    }

    /** The valid isms.yaml with one edit, whose mistake is reported at {@code lineColumn}. */
    private static Case inConfig(String spec, Code code, String original, String replacement, String lineColumn) {
        return new Case(spec, code, isms -> isms.config(VALID_CONFIG.replace(original, replacement)), List.of(ISMS_YAML + ":" + lineColumn));
    }

    /** One document, doc.md, whose mistake is reported at {@code lineColumn}. */
    private static Case inDocument(String spec, Code code, TestDocument document, String lineColumn) {
        return inDocument(spec, code, document.text(), lineColumn);
    }

    private static Case inDocument(String spec, Code code, String text, String lineColumn) {
        return new Case(spec, code, isms -> isms.document("doc.md", text), List.of(DOC + ":" + lineColumn));
    }

    /** A valid policy with one more front matter line, line 5, whose mistake is reported at the given column. */
    private static Case lineFive(String spec, Code code, String line, int column) {
        return new Case(spec, code, isms -> isms.document("doc.md", TestDocument.of("POL-1").lines(line)), List.of(DOC + ":5:" + column));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMistakeIsReportedWithItsCodeAtItsFileLineAndColumnAndNothingElse(Case c, @TempDir java.nio.file.Path dir) {
        TestIsms isms = TestIsms.in(dir);
        c.setup().accept(isms);

        // A place that names its own code is another diagnostic the same input rightly gives.
        List<String> expected = c.expected().stream().map(at -> at.contains(": ") ? at : at + ": " + c.code()).toList();
        assertThat(TestIsms.places(isms.check())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyCodeHasACaseHereOrIsAssertedByNameInAnotherTest() throws IOException {
        // Codes of later stages (references, SoA, history, PDFs) are produced by their own engines
        // and tested there; this guard only asks that no code goes untested anywhere.
        Set<Code> covered = cases().map(Case::code).collect(Collectors.toSet());
        String otherTests;
        try (Stream<java.nio.file.Path> files = Files.walk(java.nio.file.Path.of("src/test/java"))) {
            otherTests = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("DiagnosticCodesTest.java"))
                    .map(DiagnosticCodesTest::read)
                    .collect(Collectors.joining("\n"));
        }
        List<Code> untested = Stream.of(Code.values())
                .filter(code -> !covered.contains(code))
                .filter(code -> !otherTests.matches("(?s).*\\bCode\\." + code.name() + "\\b.*"))
                .toList();
        assertThat(untested).as("codes that no test asserts").isEmpty();
    }

    private static String read(java.nio.file.Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void casesStartFromAnIsmsWithoutProblems(@TempDir java.nio.file.Path dir) {
        TestIsms isms = TestIsms.in(dir).document("doc.md", TestDocument.of("POL-1"));

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
