package io.github.isms.source;

import static io.github.isms.testing.TestIsms.DOCUMENTS;
import static io.github.isms.testing.TestIsms.ISMS_YAML;
import static io.github.isms.testing.TestIsms.VALID_CONFIG;
import static io.github.isms.testing.TestIsms.places;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Severity;
import io.github.isms.check.CheckResult;
import io.github.isms.model.Document;
import io.github.isms.model.Version;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading an ISMS from disk: bad input is reported at its place, good input is read as written. */
class ProjectLoaderTest {

    /** Only a guard against a hang; the limits make the refusal immediate. Never a speed target. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private CheckResult checkOnePolicyWith(String... extraFrontMatterLines) {
        return TestIsms.in(dir).document("doc.md", TestDocument.of("POL-1").lines(extraFrontMatterLines)).check();
    }

    @Test
    void anEmptyDocumentIsReportedAsHavingNoFrontMatter() {
        CheckResult result = TestIsms.in(dir).document("empty.md", "").check();

        assertThat(places(result)).containsExactly(DOCUMENTS + "empty.md:1:1: FRONT_MATTER_MISSING");
        assertThat(result.diagnostics().get(0).message()).contains("empty");
    }

    @Test
    void emptyFrontMatterReportsEveryRequiredKey() {
        CheckResult result = TestIsms.in(dir).document("doc.md", "---\n---\n# Text\n").check();

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsOnly(Code.KEY_REQUIRED).hasSize(4);
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("'id'")).anyMatch(m -> m.contains("'title'"))
                .anyMatch(m -> m.contains("'type'")).anyMatch(m -> m.contains("'version'"));
    }

    @Test
    void anEmptyIsmsYamlReportsItsRequiredKeysAtItsFirstLine() {
        CheckResult result = TestIsms.in(dir).config("").check();

        assertThat(places(result)).containsExactly(ISMS_YAML + ":1:1: KEY_REQUIRED", ISMS_YAML + ":1:1: KEY_REQUIRED");
    }

    @Test
    void aBrokenIsmsYamlIsReportedOnceWithoutFollowUpErrorsInEveryDocument() {
        CheckResult result = TestIsms.in(dir).config("organization: {name: Example\nroles: [\n")
                .document("a.md", TestDocument.of("POL-1").field("owner", "CISO").approvers("CEO"))
                .document("b.md", TestDocument.of("POL-2"))
                .check();

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.YAML_SYNTAX);
        assertThat(result.diagnostics().get(0).position().path()).isEqualTo(ISMS_YAML);
    }

    @Test
    void aBillionLaughsAliasBombIsRefusedWithoutExpandingIt() {
        StringBuilder bomb = new StringBuilder("---\nid: POL-1\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            String ref = "*l" + (i - 1);
            bomb.append("lol").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, ref))).append("]\n");
        }
        bomb.append("---\n");
        TestIsms isms = TestIsms.in(dir).document("bomb.md", bomb.toString());

        CheckResult result = assertTimeoutPreemptively(HANG_GUARD, isms::check);

        // lol1 holds nine aliases to a list; lol2's second alias is the eleventh: line 5, column 17.
        assertThat(places(result)).containsExactly(DOCUMENTS + "bomb.md:5:17: YAML_LIMIT");
    }

    @Test
    void yamlNestedDeeperThanTheLimitIsRefusedInsteadOfOverflowingTheStack() {
        String deep = "---\nid: POL-1\nx: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n---\n";
        TestIsms isms = TestIsms.in(dir).document("deep.md", deep);

        CheckResult result = assertTimeoutPreemptively(HANG_GUARD, isms::check);

        assertThat(places(result)).containsExactly(DOCUMENTS + "deep.md:3:" + (3 + YamlLimits.MAX_NESTING_DEPTH) + ": YAML_LIMIT");
    }

    @Test
    void anUndefinedAliasIsASyntaxErrorAtTheAliasNotASafetyLimit() {
        CheckResult result = checkOnePolicyWith("related: *nowhere");

        assertThat(places(result)).containsExactly(DOCUMENTS + "doc.md:5:10: YAML_SYNTAX");
    }

    @Test
    void aListThatContainsItselfIsATypeErrorAndDoesNotLoop() {
        CheckResult result = assertTimeoutPreemptively(HANG_GUARD, () -> checkOnePolicyWith("tags: &t [a, *t]"));

        // An alias is the node it names, so the item points where that node is written: the anchored list.
        assertThat(places(result)).containsExactly(DOCUMENTS + "doc.md:5:7: KEY_TYPE");
    }

    @Test
    void aFewAliasesAreStillAllowed() {
        CheckResult result = checkOnePolicyWith("tags: &t [a, b]", "related: *t");

        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void aLargeDocumentUnderTheLimitIsReadWhole() {
        String body = "A line of policy text that repeats.\n".repeat(150_000);
        CheckResult result = TestIsms.in(dir).document("big.md", TestDocument.of("POL-1") + body).check();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.project().documents().get(0).body()).hasSizeGreaterThan(5_000_000);
    }

    @Test
    void aFileOverTheLimitIsRefusedAndTheOthersAreStillRead() {
        CheckResult result = TestIsms.in(dir)
                .bytes(DOCUMENTS + "huge.md", new byte[(int) SourceReader.DEFAULT_MAX_BYTES + 1])
                .document("ok.md", TestDocument.of("POL-1"))
                .check();

        assertThat(places(result)).containsExactly(DOCUMENTS + "huge.md:1:1: FILE_TOO_LARGE");
        assertThat(result.project().documents()).extracting(Document::id).containsExactly("POL-1");
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndingsAreAcceptedWithLineNumbersIntact() {
        String crlf = "\uFEFF---\r\nid: POL-1\r\ntitle: A policy\r\ntype: policy\r\nversion: \"1.0\"\r\neffective: 2025-13-45\r\n---\r\n# Text\r\n";
        String config = "\uFEFF" + VALID_CONFIG.replace("\n", "\r\n").replace("framework: iso27001:2022", "framework: nist");

        CheckResult result = TestIsms.in(dir).config(config).document("crlf.md", crlf).check();

        assertThat(places(result)).containsExactly(DOCUMENTS + "crlf.md:6:12: DATE_INVALID", ISMS_YAML + ":3:12: FRAMEWORK_UNKNOWN");
    }

    @Test
    void anEncodingErrorIsPlacedLikeEveryOtherProblemAfterAByteOrderMarkAndOldMacLineEnds() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "---\r\nid: POL-1\rtitle: Caf\u00e9\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);

        CheckResult result = TestIsms.in(dir).bytes(DOCUMENTS + "bom.md", file).check();

        assertThat(places(result)).containsExactly(DOCUMENTS + "bom.md:3:11: FILE_ENCODING");
    }

    @Test
    void aLinkedFolderOutsideTheIsmsIsRefusedAndALinkInsideIsRead() throws Exception {
        TestIsms isms = TestIsms.in(dir)
                .file("outside/leak.md", TestDocument.of("LEAK-1"))
                .file("src/isms/shared/inside.md", TestDocument.of("POL-1"));
        Files.createDirectories(isms.path(DOCUMENTS));
        Files.createSymbolicLink(isms.path(DOCUMENTS + "outside"), isms.path("outside"));
        Files.createSymbolicLink(isms.path(DOCUMENTS + "inside.md"), isms.path("src/isms/shared/inside.md"));

        CheckResult result = isms.check();

        assertThat(places(result)).containsExactly(DOCUMENTS + "outside:1:1: FILE_OUTSIDE_SOURCE");
        assertThat(result.project().documents()).extracting(Document::id).containsExactly("POL-1");
    }

    @Test
    void aDocumentLinkedThroughAChainThatLeavesTheIsmsAndComesBackIsRefused() throws Exception {
        TestIsms isms = TestIsms.in(dir).file("src/isms/shared/inside.md", TestDocument.of("POL-1"));
        Files.createDirectories(isms.path(DOCUMENTS));
        Path hop = Files.createSymbolicLink(isms.path("hop.md"), isms.path("src/isms/shared/inside.md"));
        Files.createSymbolicLink(isms.path(DOCUMENTS + "policy.md"), hop);

        assertThat(places(isms.check())).containsExactly(DOCUMENTS + "policy.md:1:1: FILE_OUTSIDE_SOURCE");
    }

    @Test
    void aLogoThatLinksOutOfTheIsmsIsReportedAtItsKey() throws Exception {
        TestIsms isms = TestIsms.in(dir).file("outside/id_rsa", "key")
                .config(VALID_CONFIG.replace("  name: Example Corp\n", "  name: Example Corp\n  logo: assets/logo.png\n"));
        Files.createDirectories(isms.path("src/isms/assets"));
        Files.createSymbolicLink(isms.path("src/isms/assets/logo.png"), isms.path("outside/id_rsa"));

        assertThat(places(isms.check())).containsExactly(ISMS_YAML + ":3:9: FILE_OUTSIDE_SOURCE");
    }

    @Test
    void versionOnePointTenIsReadAsWrittenNotAsTheNumberOnePointOne() {
        CheckResult result = TestIsms.in(dir).document("doc.md", TestDocument.of("POL-1").field("version", "1.10")).check();

        Document doc = result.project().documents().get(0);
        assertThat(doc.versionText()).isEqualTo("1.10");
        assertThat(doc.version()).isEqualTo(new Version(1, 10)).isGreaterThan(new Version(1, 9));
    }

    @Test
    void severalProblemsInSeveralFilesAreAllReportedInOneRun() {
        CheckResult result = TestIsms.in(dir)
                .config(VALID_CONFIG.replace("framework: iso27001:2022", "framework: nist"))
                .document("a.md", TestDocument.of("POL-1").field("effective", "2025-13-45"))
                .document("b/b.md", "---\nid: POL-2\ntype: policy\nversion: \"1.0\"\n---\n")
                .document("c.md", "---\nid: POL-3\n")
                .document("d.md", TestDocument.of("POL-1"))
                .check();

        // Reading order: by path, then line.
        assertThat(places(result)).containsExactly(
                DOCUMENTS + "a.md:2:5: ID_DUPLICATE",
                DOCUMENTS + "a.md:5:12: DATE_INVALID",
                DOCUMENTS + "b/b.md:2:1: KEY_REQUIRED",
                DOCUMENTS + "c.md:1:1: FRONT_MATTER_UNCLOSED",
                DOCUMENTS + "d.md:2:5: ID_DUPLICATE",
                ISMS_YAML + ":3:12: FRAMEWORK_UNKNOWN");
    }

    @Test
    void unknownKeysAreWarningsThatDoNotFailTheCheck() {
        CheckResult result = TestIsms.in(dir)
                .config(VALID_CONFIG + "colour: blue\n")
                .document("doc.md", TestDocument.of("POL-1").field("owners", "CISO"))
                .check();

        assertThat(places(result)).containsExactly(DOCUMENTS + "doc.md:5:1: KEY_UNKNOWN", ISMS_YAML + ":20:1: KEY_UNKNOWN");
        assertThat(result.diagnostics()).extracting(Diagnostic::severity).containsOnly(Severity.WARNING);
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.diagnostics().get(0).message()).contains("'owners'", "owner");
    }

    @Test
    void ismsYamlIsValidatedLikeFrontMatterWithEachProblemAtItsLine() {
        String config = """
                organization: {name: [Example, Corp]}
                roles:
                  CISO: [alice@example.com]
                classifications: [public, internal]
                defaults:
                  classification: secret
                  owner: CTO
                  approvers: [CISO, CEO]
                  review: sometimes
                approval: {branch: main, evidence: [trailers], require: all}
                site: {publish: confidential}
                """;

        CheckResult result = TestIsms.in(dir).config(config).check();

        assertThat(places(result)).containsExactly(
                ISMS_YAML + ":1:22: KEY_TYPE",
                ISMS_YAML + ":6:19: CLASSIFICATION_UNKNOWN",
                ISMS_YAML + ":7:10: ROLE_UNKNOWN",
                ISMS_YAML + ":8:21: ROLE_UNKNOWN",
                ISMS_YAML + ":9:11: INTERVAL_INVALID",
                ISMS_YAML + ":10:48: KEY_UNKNOWN",
                ISMS_YAML + ":11:17: CLASSIFICATION_UNKNOWN");
    }

    @Test
    void anOrganizationGivenAsTextIsOneTypeErrorNotAlsoAMissingKey() {
        CheckResult result = TestIsms.in(dir).config(VALID_CONFIG.replace("organization:\n  name: Example Corp", "organization: Example Corp")).check();

        assertThat(places(result)).containsExactly(ISMS_YAML + ":1:15: KEY_TYPE");
    }

    @Test
    void frontMatterTakesTheDefaultsOfIsmsYaml() {
        CheckResult result = TestIsms.in(dir).document("doc.md", TestDocument.of("POL-1")).check();

        Document doc = result.project().documents().get(0);
        assertThat(doc.owner()).isEqualTo("CISO");
        assertThat(doc.approvers()).containsExactly("CEO");
        assertThat(doc.classification()).isEqualTo("internal");
        assertThat(doc.review().period()).isEqualTo(Period.ofMonths(12));
        assertThat(doc.bodyFirstLine()).isEqualTo(7);
    }

    @Test
    void aTildeOrNullIsAnAbsentValueAndTheDefaultApplies() {
        CheckResult result = checkOnePolicyWith("owner: ~", "classification: null");

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.project().documents().get(0).owner()).isEqualTo("CISO");
        assertThat(result.project().documents().get(0).classification()).isEqualTo("internal");
    }

    @Test
    void aQuotedNullIsText() {
        CheckResult result = TestIsms.in(dir).document("doc.md", TestDocument.of("POL-1").title("\"null\"")).check();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.project().documents().get(0).title()).isEqualTo("null");
    }

    @Test
    void anUnknownApproverInABlockListIsReportedAtItsOwnLine() {
        CheckResult result = checkOnePolicyWith("approvers:", "  - CEO", "  - CTO");

        assertThat(places(result)).containsExactly(DOCUMENTS + "doc.md:7:5: ROLE_UNKNOWN");
        assertThat(result.diagnostics().get(0).message()).contains("'CTO'", "CISO, CEO");
    }

    @Test
    void anEmptyItemInAListIsReported() {
        CheckResult result = checkOnePolicyWith("approvers:", "  - CEO", "  -");

        assertThat(places(result)).containsExactly(DOCUMENTS + "doc.md:7:4: VALUE_EMPTY");
    }

    @Test
    void onlyMarkdownFilesAreDocuments() {
        CheckResult result = TestIsms.in(dir)
                .document("doc.md", TestDocument.of("POL-1"))
                .document("notes.txt", "not a document")
                .document("img/diagram.svg", "<svg/>")
                .check();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.project().documents()).extracting(Document::relativePath).containsExactly("doc.md");
    }

    @Test
    void documentsAreReadInPathOrderAtAnyDepth() {
        CheckResult result = TestIsms.in(dir)
                .document("b/deep/er/x.md", TestDocument.of("POL-3"))
                .document("a.md", TestDocument.of("POL-1"))
                .document("b/a.md", TestDocument.of("POL-2"))
                .check();

        assertThat(result.project().documents()).extracting(Document::relativePath).containsExactly("a.md", "b/a.md", "b/deep/er/x.md");
        assertThat(result.project().documents()).extracting(Document::path)
                .containsExactly(DOCUMENTS + "a.md", DOCUMENTS + "b/a.md", DOCUMENTS + "b/deep/er/x.md");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        CheckResult result = TestIsms.in(dir)
                .document("doc.md", TestDocument.of("POL-1").title("\u00dcn\u00efc\u00f6d\u00e9: Policy")).check();

        assertThat(places(result)).containsExactly(DOCUMENTS + "doc.md:3:15: YAML_SYNTAX");
    }

    @Test
    void fencesWithTrailingBlanksStillOpenAndCloseTheFrontMatter() {
        CheckResult result = TestIsms.in(dir).document("doc.md", TestDocument.of("POL-1").text().replace("---\n", "---  \n")).check();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.project().documents()).extracting(Document::id).containsExactly("POL-1");
    }

    @Test
    void aFrontMatterThatIsNotAMappingIsATypeError() {
        CheckResult result = TestIsms.in(dir).document("doc.md", "---\n- id\n- title\n---\n").check();

        assertThat(places(result)).containsExactly(DOCUMENTS + "doc.md:2:1: KEY_TYPE");
    }
}
