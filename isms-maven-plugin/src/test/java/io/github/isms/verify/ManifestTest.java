package io.github.isms.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path site;

    @Test
    void the_manifest_lists_every_file_but_itself_by_relative_path_with_its_sha256() throws Exception {
        Files.createDirectories(site.resolve("docs/POL-001"));
        Files.writeString(site.resolve("index.html"), "abc");
        Files.writeString(site.resolve("docs/POL-001/index.html"), "");
        Manifest.of(site).write(site);

        Manifest read = Manifest.read(site.resolve("manifest.json"));
        assertThat(read.sha256()).containsOnlyKeys("docs/POL-001/index.html", "index.html");
        assertThat(read.sha256().get("index.html"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(read).isEqualTo(Manifest.of(site));
    }

    @Test
    void writing_the_manifest_of_the_same_site_twice_gives_the_same_bytes() throws Exception {
        Files.writeString(site.resolve("b.html"), "b");
        Files.writeString(site.resolve("a.html"), "a");
        Manifest.of(site).write(site);
        byte[] first = Files.readAllBytes(site.resolve("manifest.json"));
        Manifest.of(site).write(site);
        assertThat(Files.readAllBytes(site.resolve("manifest.json"))).isEqualTo(first);
        assertThat(Files.readString(site.resolve("manifest.json"))).doesNotContain("\r")
                .containsSubsequence("\"a.html\"", "\"b.html\"");
    }
}
