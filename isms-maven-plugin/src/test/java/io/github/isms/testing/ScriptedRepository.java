package io.github.isms.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A git repository in which Carol writes each change on a branch and Alice merges it into main, as a
 * merge request is merged; an approved one carries the CEO's trailer. Each commit is dated as given.
 */
public record ScriptedRepository(Path dir) {

    /** An isms.yaml whose approvals are the CEO's {@code Approved-by} trailers on main, as {@link #approved} writes them. */
    public static final String CONFIG = """
            organization: {name: Example Corp}
            framework: iso27001:2022
            roles:
              CISO: [alice@example.com]
              CEO: [bob@example.com]
            defaults: {classification: internal, review: 12 months, owner: CISO, approvers: [CEO]}
            approval: {branch: main, evidence: [trailers], trailers: [Approved-by]}
            site: {publish: internal}
            mandatoryDocuments: off
            """;

    /** A repository whose first commit on main, made on {@code day}, holds {@link #CONFIG} and ignores target/. */
    public static ScriptedRepository started(Path dir, String day) throws IOException {
        ScriptedRepository repo = init(dir);
        repo.write(".gitignore", "target/\n").write("src/isms/isms.yaml", CONFIG).commit(day, "Start the ISMS");
        return repo;
    }

    public static ScriptedRepository init(Path dir) throws IOException {
        Files.createDirectories(dir);
        GitCli.git(dir, Map.of(), "init", "-q", "-b", "main");
        return new ScriptedRepository(dir);
    }

    public ScriptedRepository write(String relative, TestDocument document) {
        return write(relative, document.text());
    }

    public ScriptedRepository write(String relative, String content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return this;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void commit(String day, String message) {
        GitCli.git(dir, Map.of(), "add", "-A");
        GitCli.git(dir, as("Carol Writer", "carol@example.com", day), "commit", "-q", "-m", message);
    }

    public void approved(String day, String branch, Map<String, String> files) {
        merge(day, branch, files, "\n\nApproved-by: Bob Ceo <bob@example.com>");
    }

    public void unapproved(String day, String branch, Map<String, String> files) {
        merge(day, branch, files, "");
    }

    private void merge(String day, String branch, Map<String, String> files, String trailer) {
        GitCli.git(dir, Map.of(), "checkout", "-q", "-b", branch);
        files.forEach(this::write);
        commit(day, "Write " + branch);
        GitCli.git(dir, Map.of(), "checkout", "-q", "main");
        GitCli.git(dir, as("Alice Ciso", "alice@example.com", day), "merge", "-q", "--no-ff", "-m",
                "Merge branch '" + branch + "' into 'main'" + trailer, branch);
    }

    private static Map<String, String> as(String name, String email, String day) {
        String date = day + "T12:00:00Z";
        return Map.of("GIT_AUTHOR_NAME", name, "GIT_AUTHOR_EMAIL", email, "GIT_AUTHOR_DATE", date,
                "GIT_COMMITTER_NAME", name, "GIT_COMMITTER_EMAIL", email, "GIT_COMMITTER_DATE", date);
    }
}
