package io.github.isms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.digest.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path root;

    /** Bytes larger than the writer's buffer, with characters of one, two and three bytes in UTF-8. */
    private static final byte[] TEXT = "Größe – €, a line of the search index.\n".repeat(5_000).getBytes(StandardCharsets.UTF_8);

    @Test
    void aFileWrittenAPieceAtATimeHasTheBytesAndTheDigestOfTheSameFileWrittenWhole() throws IOException {
        SiteWriter out = new SiteWriter(root);

        out.write("whole.js", TEXT);
        out.write("docs/streamed.js", stream -> {
            for (int from = 0; from < TEXT.length; from += 1_000) {
                stream.write(TEXT, from, Math.min(1_000, TEXT.length - from));
            }
        });

        assertThat(root.resolve("docs/streamed.js")).hasBinaryContent(TEXT);
        assertThat(out.digests()).containsEntry("docs/streamed.js", Sha256.hex(TEXT)).containsEntry("whole.js", Sha256.hex(TEXT));
    }

    @Test
    void aStreamedFileWrittenOverALongerOneOfAnEarlierBuildKeepsNothingOfIt() throws IOException {
        Files.write(root.resolve("search-index.js"), new byte[TEXT.length * 2]);
        SiteWriter out = new SiteWriter(root);

        out.write("search-index.js", stream -> stream.write(TEXT));

        assertThat(root.resolve("search-index.js")).hasBinaryContent(TEXT);
        assertThat(out.digests()).containsEntry("search-index.js", Sha256.hex(TEXT));
    }
}
