package io.github.isms.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SitePathTest {

    @TempDir
    Path dir;

    private Path site;

    @BeforeEach
    void aSiteBesideASecret() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.createDirectories(site.resolve("docs/POL-001"));
        Files.writeString(site.resolve("docs/POL-001/index.html"), "policy");
        Files.createDirectories(site.resolve("theme"));
        Files.writeString(site.resolve("theme/style.css"), "css");
        Files.writeString(dir.resolve("secret.txt"), "secret");
    }

    @Test
    void aPlainPathNamesItsFileAndAFolderItsIndexPage() throws IOException {
        assertThat(SitePath.resolve(site, "/theme/style.css")).contains(site.resolve("theme/style.css").toRealPath());
        assertThat(SitePath.resolve(site, "/docs/POL-001/")).contains(site.resolve("docs/POL-001/index.html").toRealPath());
        assertThat(SitePath.resolve(site, "/docs/POL-001")).contains(site.resolve("docs/POL-001/index.html").toRealPath());
        assertThat(SitePath.resolve(site, "/")).contains(site.resolve("index.html").toRealPath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/docs/../../secret.txt", "/./index.html", "/docs/..", "//etc/passwd",
            "/docs//POL-001/index.html", "etc/passwd", "/..\\secret.txt", "/C:/Windows/win.ini", "/index.html\0.css", ""})
    void aPathWithAnythingButPlainNamesNamesNothing(String path) {
        assertThat(SitePath.isPlain(path)).isFalse();
        assertThat(SitePath.resolve(site, path)).isEmpty();
    }

    @Test
    void aFolderWithoutAnIndexPageIsNotListed() throws IOException {
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/logo.svg"), "<svg/>");
        assertThat(SitePath.resolve(site, "/assets/")).isEmpty();
        assertThat(SitePath.resolve(site, "/missing.html")).isEmpty();
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheSiteNamesNothing() throws IOException {
        Files.createSymbolicLink(site.resolve("leak.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), dir);
        assertThat(SitePath.resolve(site, "/leak.txt")).isEmpty();
        assertThat(SitePath.resolve(site, "/outside/secret.txt")).isEmpty();
    }

    @Test
    void aSymbolicLinkWithinTheSiteIsFollowed() throws IOException {
        Files.createSymbolicLink(site.resolve("home.html"), site.resolve("index.html"));
        assertThat(SitePath.resolve(site, "/home.html")).contains(site.resolve("index.html").toRealPath());
    }

    @Test
    void noSiteFolderNamesNothing() {
        assertThat(SitePath.resolve(dir.resolve("absent"), "/index.html")).isEmpty();
    }
}
