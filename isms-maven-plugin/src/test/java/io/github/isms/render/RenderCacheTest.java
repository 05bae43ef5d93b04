package io.github.isms.render;

import static io.github.isms.testing.TwoPolicies.alpha;
import static io.github.isms.testing.TwoPolicies.beta;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Diagnostics;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import io.github.isms.testing.TestIsms;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TwoPolicies;
import io.github.isms.xref.ReferenceTargets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which documents a rebuild takes from the cache. An entry is tampered with after the first build:
 * a document whose entry is still valid shows the tampered text, one rendered again does not.
 */
class RenderCacheTest {

    /** A third policy that names no other document. */
    private static TestDocument gamma() {
        return TestDocument.of("POL-003").title("Gamma Policy").body("# Gamma\n\nStands alone.");
    }

    @TempDir
    Path root;

    private TestIsms isms;
    private Path cacheDir;
    /** The cache of the last {@link #render}: which documents it rendered rather than took from the cache. */
    private RenderCache last;

    @BeforeEach
    void twoDocumentsTheSecondReferringToTheFirst() {
        isms = TwoPolicies.in(root);
        cacheDir = root.resolve("target/isms/cache");
    }

    private RenderedDocuments render(String pluginVersion) {
        return render(pluginVersion, ReferenceTargets.none());
    }

    private RenderedDocuments render(String pluginVersion, ReferenceTargets targets) {
        SourceLayout layout = SourceLayout.defaults(root);
        RenderCache cache = RenderCache.open(cacheDir, pluginVersion, layout.ismsDir(), layout.documentsDir());
        Diagnostics diagnostics = new Diagnostics();
        IsmsProject project = new ProjectLoader(layout).load(diagnostics);
        last = cache;
        return new DocumentRenderer().renderAll(project, targets, diagnostics, cache);
    }

    /* Replaces the html kept for document {@code id} with a marker. */
    private void tamper(String id, String pluginVersion) throws IOException {
        SourceLayout layout = SourceLayout.defaults(root);
        RenderCache cache = RenderCache.open(cacheDir, pluginVersion, layout.ismsDir(), layout.documentsDir());
        Document doc = new ProjectLoader(layout).load(new Diagnostics()).documents().stream().filter(d -> d.id().equals(id))
                .findFirst().orElseThrow();
        Path entry = cacheDir.resolve("render").resolve(cache.key(doc));
        RenderCache.Entry kept = RenderCache.Entry.decode(Files.readAllBytes(entry));
        RenderedDocument tampered = new RenderedDocument(id, "<p>TAMPERED</p>", kept.document().headings(),
                kept.document().references(), kept.document().text());
        Files.write(entry, new RenderCache.Entry(kept.surface(), tampered, kept.diagnostics()).encode());
    }

    private static String html(RenderedDocuments documents, String id) {
        return documents.get(id).orElseThrow().html();
    }

    @Test
    void aRebuildWithNothingChangedGivesTheSameResultFromTheCache() {
        RenderedDocuments first = render("1");
        RenderedDocuments second = render("1");
        assertThat(second).isEqualTo(first);
        assertThat(entries()).hasSize(2);
    }

    @Test
    void aBodyEditRendersThatDocumentAgainAndTakesTheOthersFromTheCache() throws IOException {
        render("1");
        tamper("POL-002", "1");
        isms.document("a.md", alpha().body("# Alpha\n\nThe second text."));
        RenderedDocuments again = render("1");
        assertThat(html(again, "POL-001")).contains("The second text.");
        assertThat(html(again, "POL-002")).isEqualTo("<p>TAMPERED</p>");
    }

    @Test
    void aTitleChangeRendersItsReferrersAgain() throws IOException {
        render("1");
        tamper("POL-002", "1");
        isms.document("a.md", alpha().title("Alpha Rules"));
        assertThat(html(render("1"), "POL-002")).contains(">Alpha Rules</a>").doesNotContain("TAMPERED");
    }

    @Test
    void aTitleChangeRendersTheDocumentAndItsReferrersAgainAndNoOther() {
        isms.document("c.md", gamma());
        render("1");
        assertThat(last.rendered()).hasSize(3);
        isms.document("a.md", alpha().title("Alpha Rules"));
        render("1");
        assertThat(last.rendered()).containsExactly("src/isms/documents/a.md", "src/isms/documents/b.md");
    }

    @Test
    void aBodyEditRendersOnlyThatDocumentAgain() {
        isms.document("c.md", gamma());
        render("1");
        isms.document("a.md", alpha().body("# Alpha\n\nThe second text."));
        render("1");
        assertThat(last.rendered()).containsExactly("src/isms/documents/a.md");
        render("1");
        assertThat(last.rendered()).isEmpty();
    }

    @Test
    void aHeadingChangeRendersOnlyTheReferrersThatPointIntoTheDocument() {
        isms.document("c.md", gamma());
        render("1");
        isms.document("a.md", alpha().body("# Alpha\n\n## Scope\n\nThe first text."));
        render("1");
        assertThat(last.rendered()).containsExactly("src/isms/documents/a.md", "src/isms/documents/b.md");
    }

    @Test
    void aNewOrDeletedDocumentRendersNoOtherDocumentAgain() {
        render("1");
        isms.document("c.md", gamma());
        render("1");
        assertThat(last.rendered()).containsExactly("src/isms/documents/c.md");
        isms.delete("src/isms/documents/c.md");
        render("1");
        assertThat(last.rendered()).isEmpty();
    }

    @Test
    void aDocumentTakingAControlsIdRendersTheReferencesToThatIdAgain() {
        isms.document("b.md", beta().body("# Beta\n\nSee [[CTL-9]]."));
        ReferenceTargets control = ReferenceTargets.of(java.util.Map.of("CTL-9", "A control"), java.util.Map.of());
        assertThat(html(render("1", control), "POL-002")).contains("A control");
        isms.document("c.md", TestDocument.of("CTL-9").title("Gamma Policy").body("# Gamma\n\nStands alone."));
        assertThat(html(render("1", control), "POL-002")).contains(">Gamma Policy</a>");
        assertThat(last.rendered()).contains("src/isms/documents/b.md");
    }

    @Test
    void deletingTheCacheGivesTheSameResult() throws IOException {
        isms.document("c.md", gamma());
        render("1");
        isms.document("a.md", alpha().title("Alpha Rules"));
        RenderedDocuments warm = render("1");
        deleteTree(cacheDir);
        assertThat(render("1")).isEqualTo(warm);
        assertThat(last.rendered()).hasSize(3);
    }

    @Test
    void aHeadingChangeRendersItsReferrersAgain() throws IOException {
        render("1");
        tamper("POL-002", "1");
        isms.document("a.md", alpha().body("# Alpha\n\n## Scope\n\nThe first text."));
        assertThat(html(render("1"), "POL-002")).doesNotContain("TAMPERED");
    }

    @Test
    void aChangeOfIsmsYamlRendersEveryDocumentAgain() throws IOException {
        render("1");
        tamper("POL-002", "1");
        isms.config(TestIsms.VALID_CONFIG.replace("name: Example Corp", "name: Other Corp"));
        assertThat(html(render("1"), "POL-002")).doesNotContain("TAMPERED");
    }

    @Test
    void aNewAssetRendersEveryDocumentAgain() throws IOException {
        render("1");
        tamper("POL-002", "1");
        isms.file("src/isms/assets/logo.png", "png");
        assertThat(html(render("1"), "POL-002")).doesNotContain("TAMPERED");
    }

    @Test
    void anotherPluginVersionDiscardsTheCache() throws IOException {
        render("1");
        tamper("POL-002", "1");
        assertThat(html(render("2"), "POL-002")).doesNotContain("TAMPERED");
        assertThat(cacheDir.resolve("version")).content().contains("\n2\n");
        assertThat(entries()).hasSize(2);
    }

    @Test
    void aResultWithErrorsIsNotKept() {
        isms.document("b.md", beta().body("# Beta\n\nSee [[POL-404]]."));
        render("1");
        assertThat(entries()).hasSize(1);
    }

    @Test
    void anUnreadableEntryIsRenderedAgain() throws IOException {
        RenderedDocuments first = render("1");
        try (Stream<Path> files = Files.list(cacheDir.resolve("render"))) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        assertThat(render("1")).isEqualTo(first);
    }

    @Test
    void entriesOfDeletedOrChangedDocumentsAreRemoved() {
        render("1");
        isms.delete("src/isms/documents/b.md");
        render("1");
        assertThat(entries()).hasSize(1);
    }

    @Test
    void nothingIsKeptWhenASourceChangedDuringTheBuild() {
        SourceLayout layout = SourceLayout.defaults(root);
        RenderCache cache = RenderCache.open(cacheDir, "1", layout.ismsDir(), layout.documentsDir());
        Diagnostics diagnostics = new Diagnostics();
        IsmsProject project = new ProjectLoader(layout).load(diagnostics);
        isms.config(TestIsms.VALID_CONFIG.replace("name: Example Corp", "name: Saved Meanwhile"));
        new DocumentRenderer().renderAll(project, ReferenceTargets.none(), diagnostics, cache);
        assertThat(entries()).isEmpty();
    }

    @Test
    void aCommittedCacheHoldsNothingOfWhatItWrote() throws IOException {
        render("1");
        assertThat(entries()).hasSize(2);
        for (Path entry : entries()) {
            Files.delete(entry);
        }

        // The engine keeps the cache to the end of a build: committing again writes nothing, for nothing is held.
        last.commit();

        assertThat(entries()).isEmpty();
    }

    private java.util.List<Path> entries() {
        Path dir = cacheDir.resolve("render");
        if (!Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
