package io.github.isms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.source.AssetFiles;
import io.github.isms.source.SourceFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF renderer loads images from the ISMS assets folder and from nowhere else. */
class AssetImagesTest {

    @TempDir
    Path project;

    Path assets;
    AssetImages images;

    @BeforeEach
    void assetsFolder() throws Exception {
        assets = Files.createDirectories(project.resolve("src/isms/assets"));
        Files.write(Files.createDirectories(assets.resolve("diagrams")).resolve("zones.png"), new byte[] {1});
        Files.write(assets.resolve("logo one.png"), new byte[] {2});
        Files.write(project.resolve("src/isms/secret.png"), new byte[] {3});
        images = AssetImages.of(new AssetFiles(new SourceFolder(project.resolve("src/isms"))), "docs/POL-001/index.html");
    }

    @Test
    void aLinkFromTheDocumentPageIntoAssetsResolvesToThatFile() throws Exception {
        assertThat(images.resolveURI(null, "../../assets/diagrams/zones.png"))
                .isEqualTo(assets.resolve("diagrams/zones.png").toUri().toString());
        assertThat(images.resolveURI("ignored", "../../assets/logo%20one.png"))
                .isEqualTo(assets.resolve("logo one.png").toUri().toString());
    }

    @Test
    void theNetworkAndOtherSchemesAreRefused() {
        assertThat(images.resolveURI(null, "https://example.com/logo.png")).isNull();
        assertThat(images.resolveURI(null, "//example.com/assets/logo.png")).isNull();
        assertThat(images.resolveURI(null, assets.resolve("diagrams/zones.png").toUri().toString())).isNull();
        assertThat(images.resolveURI(null, "data:image/png;base64,AAAA")).isNull();
    }

    @Test
    void aPathThatClimbsOutOfAssetsIsRefused() {
        assertThat(images.resolveURI(null, "../../assets/../../secret.png")).isNull();
        assertThat(images.resolveURI(null, "../../assets/%2e%2e/secret.png")).isNull();
        assertThat(images.resolveURI(null, "../../../src/isms/secret.png")).isNull();
        assertThat(images.resolveURI(null, "../../assets/")).isNull();
    }

    @Test
    void aMissingFileIsRefused() {
        assertThat(images.resolveURI(null, "../../assets/nowhere.png")).isNull();
    }

    @Test
    void aSymbolicLinkInAssetsThatLeadsOutOfItIsRefused() throws Exception {
        Files.createSymbolicLink(assets.resolve("escape.png"), project.resolve("src/isms/secret.png"));
        assertThat(images.resolveURI(null, "../../assets/escape.png")).isNull();
    }

    @Test
    void aPrintWithoutADocumentPageLoadsNoImageAtAll() {
        assertThat(AssetImages.NONE.resolveURI(null, "../../assets/diagrams/zones.png")).isNull();
    }
}
