package io.github.isms.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path site;

    @Test
    void the_files_of_a_site_are_hashed_by_relative_path_without_the_manifest_itself() throws Exception {
        Files.createDirectories(site.resolve("docs/POL-001"));
        Files.writeString(site.resolve("index.html"), "abc");
        Files.writeString(site.resolve("docs/POL-001/index.html"), "");
        Files.writeString(site.resolve("manifest.json"), "{}");

        Manifest now = Manifest.of(site);
        assertThat(now.sha256()).containsOnlyKeys("docs/POL-001/index.html", "index.html");
        assertThat(now.sha256().get("index.html"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_manifest_the_site_build_writes_is_read_as_paths_and_hashes() throws Exception {
        Files.writeString(site.resolve("manifest.json"), """
                {
                  "files": {
                    "docs/POL-001/POL-001.pdf": "00ff",
                    "index.html": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
                  }
                }
                """);
        assertThat(Manifest.read(site.resolve("manifest.json")).sha256())
                .containsEntry("docs/POL-001/POL-001.pdf", "00ff").hasSize(2);
    }

    @Test
    void a_manifest_without_files_is_refused() throws Exception {
        Files.writeString(site.resolve("manifest.json"), "{\"pages\": []}");
        assertThatThrownBy(() -> Manifest.read(site.resolve("manifest.json"))).isInstanceOf(IOException.class)
                .hasMessageContaining("\"files\"");
    }

    @Test
    void the_build_reads_back_the_entries_of_its_own_manifest_and_nothing_from_any_other_text() throws Exception {
        String own = new String(new Manifest(new java.util.TreeMap<>(java.util.Map.of("docs/A/index.html", "ab".repeat(32), "index.html", "cd".repeat(32)))).json(),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(Manifest.readOwn(own)).containsOnly(
                java.util.Map.entry("docs/A/index.html", "ab".repeat(32)), java.util.Map.entry("index.html", "cd".repeat(32)));
        assertThat(Manifest.readOwn(own.replace("\"SHA-256\"", "\"MD5\""))).isEmpty();
        assertThat(Manifest.readOwn("{\"files\": {\"index.html\": \"" + "cd".repeat(32) + "\"}, \"algorithm\": \"SHA-256\"}")).isEmpty();
    }

    /** Writes manifest.json as the site build does, for tests that start from a built site. */
    static void writeFor(Path site) throws IOException {
        Manifest.of(site).write(site);
    }
}
