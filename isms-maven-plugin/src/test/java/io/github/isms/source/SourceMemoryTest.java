package io.github.isms.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Diagnostics;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading again with the memory of earlier loads: an unchanged file gives the very document read
 * before (it was neither read nor parsed again), a changed one is read as it is now.
 */
class SourceMemoryTest {

    /** A clock an hour ahead: every file written by the test has settled by its time. */
    private static final Clock LATER = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));

    @TempDir
    Path root;

    private TestIsms isms;

    @BeforeEach
    void twoPolicies() {
        isms = TestIsms.in(root).document("a.md", TestDocument.of("POL-001").body("# Alpha\n\nFirst text."))
                .document("b.md", TestDocument.of("POL-002").body("# Beta\n\nOther text."));
    }

    private IsmsProject load(SourceMemory memory) {
        return new ProjectLoader(SourceLayout.defaults(root), memory).load(new Diagnostics());
    }

    private static Document doc(IsmsProject project, String id) {
        return project.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anUnchangedFileIsNeitherReadNorParsedAgain() {
        SourceMemory memory = SourceMemory.empty(LATER);
        IsmsProject first = load(memory);
        IsmsProject second = load(memory);
        assertThat(doc(second, "POL-001")).isSameAs(doc(first, "POL-001"));
        assertThat(doc(second, "POL-002")).isSameAs(doc(first, "POL-002"));
    }

    @Test
    void aChangedFileIsReadAgainAndTheOthersAreNot() {
        SourceMemory memory = SourceMemory.empty(LATER);
        IsmsProject first = load(memory);
        isms.document("a.md", TestDocument.of("POL-001").body("# Alpha\n\nSecond text, longer."));
        IsmsProject second = load(memory);
        assertThat(doc(second, "POL-001").body()).contains("Second text, longer.");
        assertThat(doc(second, "POL-002")).isSameAs(doc(first, "POL-002"));
    }

    @Test
    void aFileChangedToTheSameSizeWithItsModificationTimeSetBackIsReadAgain() throws IOException {
        SourceMemory memory = SourceMemory.empty(LATER);
        load(memory);
        Path file = isms.path("src/isms/documents/a.md");
        FileTime modified = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("First text.", "Fresh text."));
        Files.setLastModifiedTime(file, modified);
        assertThat(doc(load(memory), "POL-001").body()).contains("Fresh text.");
    }

    @Test
    void aFileWrittenWithinTheFileSystemsGranularityOfTheLoadIsReadAgainNextTime() throws IOException {
        // Written just now: a save in the same tick, with the same size, could keep its stamp as it is.
        SourceMemory memory = SourceMemory.empty(Clock.systemUTC());
        IsmsProject first = load(memory);
        assertThat(doc(load(memory), "POL-001")).isNotSameAs(doc(first, "POL-001")).isEqualTo(doc(first, "POL-001"));
    }

    @Test
    void aChangedIsmsYamlParsesEveryDocumentAgain() {
        SourceMemory memory = SourceMemory.empty(LATER);
        IsmsProject first = load(memory);
        isms.config(TestIsms.VALID_CONFIG.replace("name: Example Corp", "name: Other Corp"));
        IsmsProject second = load(memory);
        assertThat(second.config().organization()).isNotEqualTo(first.config().organization());
        assertThat(doc(second, "POL-002")).isNotSameAs(doc(first, "POL-002"));
    }

    @Test
    void aDeletedFileIsNoLongerLoaded() {
        SourceMemory memory = SourceMemory.empty(LATER);
        load(memory);
        isms.delete("src/isms/documents/b.md");
        assertThat(load(memory).documents()).extracting(Document::id).containsExactly("POL-001");
    }

    @Test
    void aLoadWithMemoryGivesTheSameProjectAsOneWithout() {
        SourceMemory memory = SourceMemory.empty(LATER);
        load(memory);
        isms.document("a.md", TestDocument.of("POL-001").body("# Alpha\n\nSecond text."));
        assertThat(load(memory)).isEqualTo(load(SourceMemory.none()));
    }
}
