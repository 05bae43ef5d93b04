package io.github.isms.integration;

import static io.github.isms.testing.GitFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.GitFixture;
import io.github.isms.testing.ControlledIsms;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.testing.TestDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site carries the assets earlier versions show as well as current ones; an earlier version's
 * references are not checked like current ones, so copying applies the rule itself: a symbolic link
 * out of assets/ is never followed into the site.
 */
class SupersededAssetSymlinkTest {

    @TempDir
    Path tmp;

    @Test
    void anAssetThatIsNowALinkOutOfAssetsIsNotPublishedForAnEarlierVersion() throws IOException {
        Path secret = Files.writeString(tmp.resolve("settings.xml"), "<password>hunter2</password>");
        ControlledIsms isms = ControlledIsms.create(tmp.resolve("repo"));
        GitFixture git = isms.git();
        git.write("src/isms/assets/old-diagram.png", "a picture");
        git.commit(ALICE, "Diagram");
        String approved = "Approved-by: Bob Ceo <bob@example.com>";
        isms.mergeRequest("p3", "policies/access.md", TestDocument.of("POL-001").version("1.2").body("![Access flow](../../assets/old-diagram.png)"), "Access control: diagram", approved);
        isms.mergeRequest("p4", "policies/access.md", TestDocument.of("POL-001").version("2.0").body("No diagram."),
                "Access control: rewrite", approved);
        Path asset = git.dir().resolve("src/isms/assets/old-diagram.png");
        Files.delete(asset);
        Files.createSymbolicLink(asset, secret);

        Path site = ControlledIsms.site(git, tmp.resolve("site"), false, HistoryOptions.defaults());

        assertThat(site.resolve("docs/POL-001/v1.2/index.html")).exists();
        assertThat(site.resolve("assets/old-diagram.png")).doesNotExist();
    }
}
