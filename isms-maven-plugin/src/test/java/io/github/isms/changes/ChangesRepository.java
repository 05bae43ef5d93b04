package io.github.isms.changes;

import io.github.isms.engine.IsmsEngine;
import io.github.isms.source.SourceLayout;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * An ISMS project in a real git repository in a temporary folder, made with JGit: the base on {@code main},
 * a pull request's branch, and the clones CI servers make. Every commit gets the next minute of a fixed clock.
 */
final class ChangesRepository implements AutoCloseable {

    /** The tests' isms.yaml, with a role that two people hold. */
    static final String CONFIG = TestIsms.VALID_CONFIG.replace("  CEO: [bob@example.com]\n",
            "  CEO: [bob@example.com]\n  DPO: [dora@example.com, dan@example.com]\n");

    private final Path dir;
    private final TestIsms files;
    private final Git git;
    private long clock = 1_767_225_600L; // 2026-01-01T00:00:00Z

    private ChangesRepository(Path dir, Git git) {
        this.dir = dir;
        this.files = TestIsms.at(dir);
        this.git = git;
    }

    /** A repository whose {@code main} holds isms.yaml and {@code .gitignore}. */
    static ChangesRepository create(Path dir) {
        try {
            ChangesRepository repository = new ChangesRepository(dir,
                    Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
            repository.write(".gitignore", "target/\n").write("src/isms/isms.yaml", CONFIG);
            repository.commit("Start the ISMS");
            return repository;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code git clone} of this repository into {@code target}; {@code depth} 0 clones all of it. */
    ChangesRepository cloneInto(Path target, int depth) {
        try {
            var clone = Git.cloneRepository().setURI(dir.toUri().toString()).setDirectory(target.toFile());
            if (depth > 0) {
                clone.setDepth(depth);
            }
            return new ChangesRepository(target, clone.call());
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    ChangesRepository document(String relative, String id, String version, String body) {
        return write("src/isms/documents/" + relative, TestDocument.of(id).version(version).body(body));
    }

    ChangesRepository write(String relative, TestDocument document) {
        return write(relative, document.text());
    }

    ChangesRepository write(String relative, String content) {
        files.file(relative, content);
        return this;
    }

    ChangesRepository delete(String relative) {
        files.delete(relative);
        return this;
    }

    /** Stages everything, deletions included, and commits it. */
    String commit(String message) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            clock += 60;
            PersonIdent carol = new PersonIdent("Carol Writer", "carol@example.com", Instant.ofEpochSecond(clock),
                    ZoneOffset.ofHours(1));
            return git.commit().setMessage(message).setAuthor(carol).setCommitter(carol).setSign(false).call().name();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new branch from here, checked out: the pull request's. */
    ChangesRepository branch(String name) {
        try {
            git.checkout().setCreateBranch(true).setName(name).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    ChangesRepository checkout(String name) {
        try {
            git.checkout().setName(name).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    Path dir() {
        return dir;
    }

    /** The review of this project against {@code base}, written into its target/isms. */
    ChangeReportResult review(String base, boolean requireVersionBump) {
        return review(dir, base, requireVersionBump);
    }

    static ChangeReportResult review(Path projectDir, String base, boolean requireVersionBump) {
        return new IsmsEngine().review(new ChangeReportRequest(SourceLayout.defaults(projectDir),
                projectDir.resolve("target/isms"), base, requireVersionBump));
    }

    String reviewMarkdown() {
        return read("target/isms/review.md");
    }

    String read(String relative) {
        try {
            return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
