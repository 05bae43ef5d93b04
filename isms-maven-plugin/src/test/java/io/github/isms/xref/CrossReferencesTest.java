package io.github.isms.xref;

import static io.github.isms.render.IsmsFixture.BODY_FIRST_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.render.IsmsFixture;
import io.github.isms.render.IsmsFixture.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CrossReferencesTest {

    private static final String MAIN = IsmsFixture.MAIN;

    private IsmsFixture isms;

    @BeforeEach
    void twoDocumentsWithHeadings(@TempDir Path dir) {
        isms = new IsmsFixture(dir)
                .document("policies/access.md", "POL-002", "# Access\n\n## Scope\n\nText.\n\n## Access rights\n\nMore.\n")
                .document("procedures/incident.md", "PRO-001", "# Incident\n\n## Steps\n\nDo this.\n");
    }

    static Stream<Arguments> renderedReferences() {
        return Stream.of(
                rendered("a document reference links to its page and shows its title", "See [[POL-002]].\n",
                        "<a href=\"../POL-002/index.html\" class=\"xref\">Title of POL-002</a>"),
                rendered("text after a pipe replaces the title", "See [[POL-002|the access policy]].\n",
                        "<a href=\"../POL-002/index.html\" class=\"xref\">the access policy</a>"),
                rendered("an anchor links to the heading by id or by heading text",
                        "See [[POL-002#scope]] and [[POL-002#Access rights|rights]].\n",
                        "href=\"../POL-002/index.html#scope\"", "href=\"../POL-002/index.html#access-rights\""),
                rendered("control and clause references link to their pages with id and title", "Implements [[A.5.15]] for [[7.5.3]].\n",
                        "<a href=\"../../controls/A.5.15.html\" class=\"xref\">A.5.15 Access control</a>",
                        "<a href=\"../../clauses/7.5.3.html\" class=\"xref\">7.5.3 Control of documented information</a>"),
                rendered("a relative link to another document's file becomes its page URL",
                        "Follow [the procedure](../procedures/incident.md#steps) and [policy](access.md).\n",
                        "<a href=\"../PRO-001/index.html#steps\">the procedure</a>", "<a href=\"../POL-002/index.html\">policy</a>"),
                rendered("a reference-style link is rewritten too", "Follow [the procedure][p].\n\n[p]: ../procedures/incident.md\n",
                        "<a href=\"../PRO-001/index.html\">the procedure</a>"),
                rendered("absolute URLs are left as written", "[site](https://example.com/a.md) <mailto:x@example.com>\n",
                        "href=\"https://example.com/a.md\""),
                rendered("references inside code spans and code blocks stay as written",
                        "Write `[[POL-999]]` like this:\n\n```\n[[POL-998]] [x](nothing.md)\n```\n\n    [[POL-997]]\n",
                        "<code>[[POL-999]]</code>", "[[POL-998]]", "[[POL-997]]"),
                rendered("a reference in a table cell may carry text", "| Doc | Note |\n|---|---|\n| [[POL-002|access]] | x |\n",
                        "<a href=\"../POL-002/index.html\" class=\"xref\">access</a>"));
    }

    private static Arguments rendered(String spec, String body, String... fragments) {
        return Arguments.of(spec, body, List.of(fragments));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderedReferences")
    void aReferenceOrLinkThatResolvesRendersWithoutDiagnosticAsThePageShows(String spec, String body, List<String> fragments) {
        Result result = isms.renderWithMain(body);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.html("POL-001")).contains(fragments);
    }

    static Stream<Arguments> unresolvedReferences() {
        return Stream.of(
                Arguments.of("an anchor on a control is an error", "[[A.5.15#purpose]]\n", Code.REF_ANCHOR_NOT_FOUND),
                Arguments.of("a link to a missing heading of another document is reported", "Read [this](access.md#nope).\n",
                        Code.REF_ANCHOR_NOT_FOUND),
                Arguments.of("a link that is no valid path is reported, not thrown", "[nul](bad%00name.md)\n", Code.LINK_UNRESOLVED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unresolvedReferences")
    void aReferenceOrLinkThatResolvesToNothingIsReportedWithItsCode(String spec, String body, Code code) {
        Result result = isms.renderWithMain(body);
        assertThat(result.diagnostics()).extracting(d -> d.code()).containsExactly(code);
    }

    @Test
    void anExplicitHeadingIdIsTheAnchorThatReferencesAndInPageLinksUse() {
        isms.document("policies/rules.md", "POL-003", "# Rules\n\n## Access rules for staff {#rules .key}\n\nText.\n");
        Result result = isms.renderWithMain("See [[POL-003#rules]], [the rules](rules.md#rules) and [[POL-003#Access rules for staff|by text]]."
                + "\n\n## Here {#here}\n\n[this section](#here)\n");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.html("POL-003")).contains("<h2 id=\"rules\">Access rules for staff</h2>");
        assertThat(result.html("POL-001")).contains("href=\"../POL-003/index.html#rules\" class=\"xref\">Title of POL-003</a>")
                .contains("<a href=\"../POL-003/index.html#rules\">the rules</a>")
                .contains("href=\"../POL-003/index.html#rules\" class=\"xref\">by text</a>")
                .contains("<a href=\"#here\">this section</a>");
    }

    @Test
    void theIdMadeFromTheWordsIsNoAnchorOnceTheHeadingNamesItsOwn() {
        isms.document("policies/rules.md", "POL-003", "# Policy\n\n## Access rules {#rules}\n");
        Result result = isms.renderWithMain("See [[POL-003#access-rules]].\n");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo(Code.REF_ANCHOR_NOT_FOUND));
        assertThat(result.lines().get(0)).contains("POL-003 has no heading 'access-rules'; its anchors are policy, rules");
    }

    @Test
    void anUnknownTargetIsReportedAtItsFileLineAndColumn() {
        Result result = isms.renderWithMain("First line.\n\nSee also [[POL-999]] here.\n");
        assertThat(result.lines()).singleElement().asString()
                .startsWith(MAIN + ":" + (BODY_FIRST_LINE + 2) + ":10: REF_NOT_FOUND");
        assertThat(result.html("POL-001")).contains("<span class=\"xref xref-unresolved\">POL-999</span>");
    }

    @Test
    void anIdInTheWrongCaseIsNotFoundButSuggested() {
        Result result = isms.renderWithMain("See [[pol-002]].\n");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.REF_NOT_FOUND);
            assertThat(d.message()).endsWith("did you mean POL-002?");
        });
    }

    @Test
    void aMissingAnchorIsReportedWithTheAnchorsThatExist() {
        Result result = isms.renderWithMain("See [[POL-002#nowhere]].\n");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.REF_ANCHOR_NOT_FOUND);
            assertThat(d.position().line()).isEqualTo(BODY_FIRST_LINE);
            assertThat(d.position().column()).isEqualTo(5);
            assertThat(d.message()).contains("nowhere").contains("scope");
        });
    }

    @Test
    void aLinkToAMarkdownFileThatIsNoDocumentIsReportedAtTheUrl() {
        Result result = isms.renderWithMain("Read [this](../missing.md).\n");
        assertThat(result.lines()).singleElement().asString()
                .startsWith(MAIN + ":" + BODY_FIRST_LINE + ":13: REF_NOT_FOUND")
                .contains("src/isms/documents/missing.md");
    }

    @Test
    void anInPageAnchorMustNameAHeadingOfTheSameDocument() {
        Result result = isms.renderWithMain("# Purpose\n\nSee [purpose](#purpose) and [gone](#gone).\n");
        assertThat(result.html("POL-001")).contains("<a href=\"#purpose\">purpose</a>");
        assertThat(result.lines()).singleElement().asString()
                .startsWith(MAIN + ":" + (BODY_FIRST_LINE + 2) + ":36: REF_ANCHOR_NOT_FOUND");
    }

    @Test
    void imagesAndFilesUnderAssetsAreCheckedAndRewritten() {
        isms.file("src/isms/assets/logo.png", "png").file("src/isms/assets/forms/leave form.pdf", "pdf");
        Result result = isms.renderWithMain("![Logo](../../assets/logo.png) [form](/assets/forms/leave%20form.pdf) ![x](/assets/none.png)\n");
        assertThat(result.html("POL-001"))
                .contains("src=\"../../assets/logo.png\"")
                .contains("href=\"../../assets/forms/leave%20form.pdf\"");
        assertThat(result.lines()).singleElement().asString()
                .startsWith(MAIN + ":" + BODY_FIRST_LINE + ":76: ASSET_NOT_FOUND");
    }

    @Test
    void anAssetsFolderThatLinksOutOfTheIsmsIsReportedAtTheLinkAndNotPublished(@TempDir Path home) throws Exception {
        java.nio.file.Files.createDirectories(home.resolve(".m2"));
        java.nio.file.Files.writeString(home.resolve(".m2/settings.xml"), "<password>secret</password>");
        java.nio.file.Files.writeString(home.resolve("key.png"), "png");
        java.nio.file.Files.createDirectories(isms.path("src/isms"));
        java.nio.file.Files.createSymbolicLink(isms.path("src/isms/assets"), home);

        Result result = isms.renderWithMain("[cfg](/assets/.m2/settings.xml) ![key](/assets/key.png)\n");

        assertThat(result.lines()).containsExactly(
                MAIN + ":" + BODY_FIRST_LINE + ":7: FILE_OUTSIDE_SOURCE '/assets/.m2/settings.xml': assets/.m2/settings.xml is, "
                        + "or passes through, a symbolic link that leads outside the ISMS folder (or outside assets/); it is not published",
                MAIN + ":" + BODY_FIRST_LINE + ":40: FILE_OUTSIDE_SOURCE '/assets/key.png': assets/key.png is, "
                        + "or passes through, a symbolic link that leads outside the ISMS folder (or outside assets/); it is not published");
        assertThat(result.html("POL-001")).doesNotContain("../../assets/");
    }

    @Test
    void anAssetOfATypeThatCanRunScriptIsRefusedAtTheLink() {
        isms.file("src/isms/assets/help.html", "<script>alert(1)</script>").file("src/isms/assets/diagram.svg", "<svg onload=alert(1)/>");
        Result result = isms.renderWithMain("[help](/assets/help.html)\n\n![diagram](/assets/diagram.svg)\n");
        assertThat(result.lines()).extracting(line -> line.substring(0, line.indexOf(" '")))
                .containsExactly(MAIN + ":" + BODY_FIRST_LINE + ":8: ASSET_TYPE_REFUSED",
                        MAIN + ":" + (BODY_FIRST_LINE + 2) + ":12: ASSET_TYPE_REFUSED");
        assertThat(result.diagnostics()).extracting(d -> d.code()).containsOnly(Code.ASSET_TYPE_REFUSED);
        assertThat(result.html("POL-001")).doesNotContain("../../assets/");
    }

    @Test
    void aRelativeLinkOutsideDocumentsAndAssetsIsReported() {
        isms.file("src/isms/secret.txt", "secret");
        Result result = isms.renderWithMain("[secret](../../secret.txt) [pom](../../../../pom.xml)\n");
        assertThat(result.diagnostics()).extracting(d -> d.code()).containsExactly(Code.LINK_UNRESOLVED, Code.LINK_UNRESOLVED);
    }

    @Test
    void everyProblemOfARunIsReportedNotOnlyTheFirst() {
        Result result = isms.renderWithMain("[[NOPE-1]] [[NOPE-2]]\n\n[[POL-002#x]] [a](none.md) ![i](/assets/i.png)\n");
        assertThat(result.diagnostics()).extracting(d -> d.code()).containsExactly(
                Code.REF_NOT_FOUND, Code.REF_NOT_FOUND, Code.REF_ANCHOR_NOT_FOUND, Code.REF_NOT_FOUND, Code.ASSET_NOT_FOUND);
    }

    @Test
    void eachPageKnowsWhichDocumentsReferToIt() {
        Result result = isms.renderWithMain("[[POL-002]] [[A.5.15]] [[7.5.3]] [again](access.md) [self](#top)\n\n# Top\n");
        assertThat(result.documents().referencing("POL-002")).containsExactly("POL-001");
        assertThat(result.documents().referencing("PRO-001")).isEmpty();
        assertThat(result.documents().referencingControl("A.5.15")).containsExactly("POL-001");
        assertThat(result.documents().referencingClause("7.5.3")).containsExactly("POL-001");
        assertThat(result.documents().get("POL-001").orElseThrow().references().documents()).containsExactly("POL-002");
    }

    @Test
    void aReferenceToAnUnpublishedDocumentShowsItsIdWithoutLinkOrTitle() {
        isms.document("secret/plan.md", "SEC-001", "confidential", "# Plan\n");
        Result result = isms.renderWithMain("See [[SEC-001]] and [the plan](../secret/plan.md).\n");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.html("POL-001")).contains("<span class=\"xref xref-unpublished\">SEC-001</span>")
                .contains("and the plan.").doesNotContain("Title of SEC-001").doesNotContain("SEC-001/index.html");
        assertThat(result.documents().referencing("SEC-001")).containsExactly("POL-001");
    }
}
