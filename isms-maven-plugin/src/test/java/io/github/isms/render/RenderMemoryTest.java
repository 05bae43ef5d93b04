package io.github.isms.render;

import static io.github.isms.testing.TwoPolicies.alpha;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Diagnostics;
import io.github.isms.model.IsmsProject;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import io.github.isms.testing.TestIsms;
import io.github.isms.testing.TwoPolicies;
import io.github.isms.xref.ReferenceTargets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds in one JVM take the render cache's entries from memory: the cache folder's files are
 * then not read (an entry changed on disk behind the build's back goes unnoticed), yet the folder
 * keeps every entry, also when it was deleted in between.
 */
class RenderMemoryTest {

    @TempDir
    Path root;

    private TestIsms isms;
    private Path cacheDir;
    private final RenderMemory memory = RenderMemory.empty();

    @BeforeEach
    void twoDocumentsTheSecondReferringToTheFirst() {
        isms = TwoPolicies.in(root);
        cacheDir = root.resolve("target/isms/cache");
    }

    private RenderedDocuments render(RenderMemory with) {
        SourceLayout layout = SourceLayout.defaults(root);
        RenderCache cache = RenderCache.open(cacheDir, "1", layout.ismsDir(), layout.documentsDir(), with);
        Diagnostics diagnostics = new Diagnostics();
        IsmsProject project = new ProjectLoader(layout).load(diagnostics);
        return new DocumentRenderer().renderAll(project, ReferenceTargets.none(), diagnostics, cache);
    }

    @Test
    void aRebuildTakesTheEntriesFromMemoryNotFromTheCacheFolder() throws IOException {
        RenderedDocuments first = render(memory);
        for (Path entry : entries()) {
            Files.write(entry, new byte[] {1, 2, 3});
        }
        assertThat(render(memory)).isEqualTo(first);
        assertThat(entries()).allSatisfy(entry -> assertThat(entry).hasBinaryContent(new byte[] {1, 2, 3}));
    }

    @Test
    void anEditedDocumentIsRenderedAgainWithTheMemory() {
        render(memory);
        isms.document("a.md", alpha().body("# Alpha\n\nThe second text."));
        assertThat(render(memory).get("POL-001").orElseThrow().html()).contains("The second text.");
        assertThat(render(memory)).isEqualTo(render(RenderMemory.empty()));
    }

    @Test
    void aDeletedCacheFolderGetsBackTheEntriesTheMemoryServed() throws IOException {
        render(memory);
        try (Stream<Path> walk = Files.walk(cacheDir.resolve("render"))) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        render(memory);
        assertThat(entries()).hasSize(2);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir.resolve("render"))) {
            return files.toList();
        }
    }
}
