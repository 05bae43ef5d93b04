package io.github.isms.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.source.AssetFiles.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only passive files under assets/, reached without leaving the ISMS, are published. */
class AssetFilesTest {

    @TempDir
    Path tmp;

    Path assets;
    AssetFiles rule;

    @BeforeEach
    void assetsFolder() throws Exception {
        Path isms = Files.createDirectories(tmp.resolve("src/isms"));
        assets = Files.createDirectories(isms.resolve("assets"));
        Files.writeString(isms.resolve("secret.md"), "confidential");
        rule = new AssetFiles(new SourceFolder(isms));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zones.png", "photo.JPG", "scan.jpeg", "plan.gif", "form.pdf", "list.xlsx", "letter.docx",
            "slides.pptx", "notes.txt", "export.csv", "draft.odt"})
    void passiveTypesArePublished(String name) throws Exception {
        Files.writeString(assets.resolve(name), "x");
        assertThat(rule.check(assets.resolve(name))).isEqualTo(Verdict.PUBLISHABLE);
        assertThat(rule.publishable(assets.resolve(name))).isEqualTo(assets.resolve(name).toRealPath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"help.html", "help.HTM", "page.xhtml", "diagram.svg", "data.xml", "app.js", "page.mjs",
            "macro.docm", "run.sh", "archive.zip", "noextension", ".htaccess"})
    void typesThatCanRunScriptAndUnknownTypesAreRefused(String name) throws Exception {
        Files.writeString(assets.resolve(name), "<script>alert(document.cookie)</script>");
        assertThat(rule.check(assets.resolve(name))).isEqualTo(Verdict.REFUSED_TYPE);
        assertThat(rule.publishable(assets.resolve(name))).isNull();
    }

    @Test
    void aPassiveNameThatLinksToAnActiveFileIsRefused() throws Exception {
        Files.writeString(assets.resolve("help.html"), "<script>alert(1)</script>");
        Files.createSymbolicLink(assets.resolve("help.png"), Path.of("help.html"));
        assertThat(rule.check(assets.resolve("help.png"))).isEqualTo(Verdict.REFUSED_TYPE);
    }

    @Test
    void aLinkToAnotherIsmsFileOutsideAssetsIsNoAsset() throws Exception {
        Files.createSymbolicLink(assets.resolve("secret.txt"), Path.of("../secret.md"));
        assertThat(rule.check(assets.resolve("secret.txt"))).isEqualTo(Verdict.OUTSIDE);
    }

    @Test
    void aMissingFileIsMissing() {
        assertThat(rule.check(assets.resolve("none.png"))).isEqualTo(Verdict.MISSING);
        assertThat(rule.check(assets)).isEqualTo(Verdict.OUTSIDE);
    }
}
