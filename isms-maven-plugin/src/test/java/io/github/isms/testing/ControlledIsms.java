package io.github.isms.testing;

import static io.github.isms.testing.GitFixture.ALICE;
import static io.github.isms.testing.GitFixture.CAROL;

import io.github.isms.engine.BuildRequest;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.HistoryOptions;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The repository the document-control tests build: an ISMS whose documents reached main through
 * merge requests, approved by the CEO or not, one of them retired. Every commit falls on 2026-01-01.
 */
public final class ControlledIsms {


    /** "Today" for builds of this repository: the day after its commits, so no review is due yet. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-01-02T12:00:00Z"), ZoneOffset.UTC);

    /** The default options with {@link #TODAY} for today. */
    public static final HistoryOptions AT_TODAY = HistoryOptions.defaults().withClock(TODAY);

    private final GitFixture git;

    private ControlledIsms(GitFixture git) {
        this.git = git;
    }

    /** POL-001 approved as 1.0 then 1.1; POL-002 "approved" by Dave, who is not CEO; POL-003 approved, then retired. */
    public static ControlledIsms create(Path dir) {
        ControlledIsms isms = started(dir);
        String ceo = "Approved-by: Bob Ceo <bob@example.com>";
        isms.mergeRequest("p1", "policies/access.md", TestDocument.of("POL-001").version("1.0").body("Only the owner grants access."),
                "Access control policy", ceo);
        isms.mergeRequest("r1", "policies/old.md", TestDocument.of("POL-003").version("1.0").body("Old rules."), "Old rules", ceo);
        isms.mergeRequest("p2", "policies/access.md", TestDocument.of("POL-001").version("1.1").body("Only the owner grants and revokes access."),
                "Access control: revocation", ceo);
        isms.mergeRequest("b1", "policies/backup.md", TestDocument.of("POL-002").version("1.0").body("Back up daily."), "Backup policy",
                "Approved-by: Dave Dev <dave@example.com>");
        isms.mergeRequest("r2", "policies/old.md", TestDocument.of("POL-003").version("1.1").status("retired").body("Old rules, withdrawn."),
                "Retire the old rules", ceo);
        return isms;
    }

    /** Only the first commit: isms.yaml, no documents yet. */
    public static ControlledIsms started(Path dir) {
        ControlledIsms isms = new ControlledIsms(GitFixture.init(dir));
        isms.git.write(".gitignore", "target/\n").write("src/isms/isms.yaml", ScriptedRepository.CONFIG);
        isms.git.commit(ALICE, "Start the ISMS");
        return isms;
    }

    public GitFixture git() {
        return git;
    }

    /** Builds the site of the repository's working tree into {@code site}; a build with errors fails the test. */
    public static Path site(GitFixture git, Path site, boolean pdf, HistoryOptions options) {
        CheckResult result = new IsmsEngine().site(BuildRequest.defaults(git.dir())
                .withSite(new SiteOptions(site, pdf)).withHistory(options));
        if (!result.errors().isEmpty()) {
            throw new AssertionError("the site build failed: " + result.errors());
        }
        return site;
    }

    /** A GitLab merge request: Carol's branch, merged by Alice with the given trailer. */
    public void mergeRequest(String branch, String path, String content, String title, String trailer) {
        mergeFile(branch, "src/isms/documents/" + path, content, title, trailer);
    }

    public void mergeRequest(String branch, String path, TestDocument document, String title, String trailer) {
        mergeRequest(branch, path, document.text(), title, trailer);
    }

    /** The same for any file of the repository ({@code src/isms/soa.yaml}). */
    public void mergeFile(String branch, String repositoryPath, String content, String title, String trailer) {
        git.branch(branch);
        git.write(repositoryPath, content);
        git.commit(CAROL, title);
        git.checkout("main");
        git.merge(branch, ALICE, "Merge branch '" + branch + "' into 'main'\n\n" + title + "\n\n" + trailer);
    }
}
