package io.github.isms.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.GitFixture;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edited document's page shown at once by isms:serve must be the page the next full build writes, byte for byte;
 * every edit whose effects reach further than the body waits for the build instead.
 */
class EditedPageTest {

    private static final String PAGE = "docs/POL-001/index.html";

    @TempDir
    Path project;

    private Path policy;

    private void isms(String policyBody) {
        TestIsms.in(project)
                .document("a.md", TestDocument.of("POL-001").title("Access policy").body(policyBody))
                .document("b.md", TestDocument.of("POL-002").title("Backup policy").body("# Backup policy\n\nSee [[POL-001#scope]]."))
                .bytes("src/isms/assets/diagram.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        policy = project.resolve("src/isms/documents/a.md");
    }

    private static final String BODY = "# Access policy\n\n## Scope\n\nEveryone.\n\n## Rules\n\nThe first rule.\n";

    private BuildRequest request() {
        return BuildRequest.defaults(project).withSite(new SiteOptions(project.resolve("target/isms/serve"), false).withSpareBeside());
    }

    private LastBuild built() {
        IsmsEngine.Built built = new IsmsEngine().build(request());
        assertThat(built.result().errors()).isEmpty();
        return built.last().orElseThrow();
    }

    private void edit(String body) throws IOException {
        Files.writeString(policy, TestDocument.of("POL-001").title("Access policy").body(body).text(), StandardCharsets.UTF_8);
    }

    private String served() throws IOException {
        return Files.readString(project.resolve("target/isms/serve").resolve(PAGE));
    }

    @Test
    void aBodyEditGivesThePageTheNextBuildWrites() throws IOException {
        isms(BODY);
        LastBuild last = built();
        edit(BODY.replace("The first rule.", "The first rule, **now stricter**, and [[POL-002]]."));

        Optional<String> updated = new IsmsEngine().updatePage(last, policy);

        assertThat(updated).contains(PAGE);
        String quick = served();
        assertThat(quick).contains("now stricter");
        built();
        assertThat(served()).isEqualTo(quick);
    }

    @Test
    void aFrontMatterEditWaitsForTheBuild() throws IOException {
        isms(BODY);
        LastBuild last = built();
        Files.writeString(policy, TestDocument.of("POL-001").title("Access control policy").body(BODY).text());

        assertThat(EditedPage.of(last, policy)).isEmpty();
    }

    @Test
    void aChangedHeadingWaitsForTheBuildBecauseOtherPagesLinkToIt() throws IOException {
        isms(BODY);
        LastBuild last = built();
        edit(BODY.replace("## Scope", "## Who this is for"));

        assertThat(EditedPage.of(last, policy)).isEmpty();
    }

    @Test
    void aBrokenReferenceWaitsForTheBuildThatReportsIt() throws IOException {
        isms(BODY);
        LastBuild last = built();
        edit(BODY + "\nSee [[POL-404]].\n");

        assertThat(EditedPage.of(last, policy)).isEmpty();
    }

    @Test
    void anAssetTheSiteDoesNotCarryYetWaitsForTheBuildThatCopiesIt() throws IOException {
        isms(BODY);
        LastBuild last = built();
        edit(BODY + "\n![Diagram](/assets/diagram.png)\n");

        assertThat(EditedPage.of(last, policy)).isEmpty();
    }

    @Test
    void aFileThatIsNoDocumentOfTheLastBuildWaitsForTheBuild() throws IOException {
        isms(BODY);
        LastBuild last = built();
        Path other = project.resolve("src/isms/documents/c.md");
        Files.writeString(other, TestDocument.of("POL-003").body("# New").text());

        assertThat(EditedPage.of(last, other)).isEmpty();
        assertThat(EditedPage.of(last, project.resolve("src/isms/isms.yaml"))).isEmpty();
    }

    @Test
    void underGitTheFirstEditOfACommittedDocumentWaitsForTheBuildAndLaterEditsDoNot() throws IOException {
        isms(BODY);
        GitFixture git = GitFixture.at(project);
        git.git("init", "-q", "-b", "main");
        git.write(".gitignore", "target/\n");
        git.commit(GitFixture.ALICE, "Access and backup policies\n\nApproved-by: Bob Ceo <bob@example.com>");
        LastBuild committed = built();

        edit(BODY.replace("Everyone.", "Everyone, contractors too."));
        assertThat(EditedPage.of(committed, policy)).as("approved in git, now a draft: the page's history changes").isEmpty();

        LastBuild draft = built();
        edit(BODY.replace("Everyone.", "Everyone, contractors and visitors too."));
        Optional<String> updated = new IsmsEngine().updatePage(draft, policy);
        assertThat(updated).contains(PAGE);
        String quick = served();
        built();
        assertThat(served()).isEqualTo(quick);

        LastBuild again = built();
        edit(BODY);
        assertThat(EditedPage.of(again, policy)).as("back to the committed text: the document is approved again").isEmpty();
    }
}
