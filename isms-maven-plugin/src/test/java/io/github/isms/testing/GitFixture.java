package io.github.isms.testing;

import io.github.isms.history.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real git repository in a temporary folder, driven through the git command line as people and CI
 * servers drive theirs. Every commit gets the next minute of a fixed clock, so tests are reproducible.
 */
public final class GitFixture {

    public static final Person ALICE = new Person("Alice Ciso", "alice@example.com");
    public static final Person BOB = new Person("Bob Ceo", "bob@example.com");
    public static final Person CAROL = new Person("Carol Writer", "carol@example.com");
    public static final Person DAVE = new Person("Dave Dev", "dave@example.com");

    private final Path dir;
    private long clock = 1_767_225_600L; // 2026-01-01T00:00:00Z
    private byte[] input;
    private final Map<String, String> environment = new java.util.HashMap<>();

    private GitFixture(Path dir) {
        this.dir = dir;
    }

    public static GitFixture init(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GitFixture git = new GitFixture(dir);
        git.git("init", "-q", "-b", "main");
        return git;
    }

    /** {@code git clone} of another fixture, as a CI server clones, e.g. with {@code --depth 2}. */
    public static GitFixture cloneOf(GitFixture origin, Path dir, String... options) {
        GitFixture parent = new GitFixture(dir.getParent());
        List<String> args = new ArrayList<>(List.of("clone", "-q"));
        args.addAll(List.of(options));
        args.add("file://" + origin.dir().toAbsolutePath());
        args.add(dir.getFileName().toString());
        parent.git(args.toArray(String[]::new));
        return new GitFixture(dir);
    }

    public static GitFixture at(Path dir) {
        return new GitFixture(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path documents() {
        return dir.resolve("src/isms/documents");
    }

    /** Writes a document under the documents folder. */
    public GitFixture document(String relative, String id, String version, String body) {
        return write("src/isms/documents/" + relative, TestDocument.of(id).version(version).body(body));
    }

    public GitFixture write(String relative, TestDocument document) {
        return write(relative, document.text());
    }

    public GitFixture write(String relative, String content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public String commit(Person author, String message) {
        git("add", "-A");
        withIdentity(author, "commit", "-q", "--allow-empty", "-m", message);
        return head();
    }

    public void branch(String name) {
        git("checkout", "-q", "-b", name);
    }

    public void checkout(String name) {
        git("checkout", "-q", name);
    }

    /** A merge commit made by {@code merger}, as a web UI merges a pull or merge request. */
    public String merge(String branch, Person merger, String message) {
        withIdentity(merger, "merge", "-q", "--no-ff", "-m", message, branch);
        return head();
    }

    /**
     * A pull or merge request: on a new branch from here, {@code author} writes one document version;
     * back on main, {@code merger} merges it with {@code message}. Returns the merge commit.
     */
    public String pullRequest(String branch, Person author, String relative, String id, String version, Person merger,
            String message) {
        branch(branch);
        document(relative, id, version, "Text of " + id + " " + version + ".");
        commit(author, "Write " + id + " " + version);
        checkout("main");
        return merge(branch, merger, message);
    }

    /** A squash merge: the branch's changes as one commit on the current branch. */
    public String squash(String branch, Person author, String message) {
        git("merge", "-q", "--squash", branch);
        return commit(author, message);
    }

    /** Feeds a {@code git fast-import} stream: many commits in one process, for long histories. */
    public void fastImport(String stream) {
        input = stream.getBytes(StandardCharsets.UTF_8);
        try {
            git("fast-import", "--quiet");
        } finally {
            input = null;
        }
    }

    /**
     * Attaches an approval note to {@code commit} as {@code isms:record-approvals} and CI do:
     * {@code git notes --ref=isms-approvals add -F -}, the JSON on standard input.
     */
    public void note(String commit, String json) {
        input = json.getBytes(StandardCharsets.UTF_8);
        try {
            git("notes", "--ref=isms-approvals", "add", "-f", "-F", "-", commit);
        } finally {
            input = null;
        }
    }

    /** Sets an environment variable for every later git command (e.g. {@code GNUPGHOME} for signing). */
    public GitFixture environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** A merge commit by {@code merger}, signed with {@code -S} under the given extra git configuration. */
    public String signedMerge(String branch, Person merger, String message, String... config) {
        List<String> args = new ArrayList<>();
        for (String c : config) {
            args.add("-c");
            args.add(c);
        }
        args.addAll(List.of("merge", "-q", "--no-ff", "-S", "-m", message, branch));
        withIdentity(merger, args.toArray(String[]::new));
        return head();
    }

    public String head() {
        return git("rev-parse", "HEAD").strip();
    }

    public String git(String... args) {
        return run(Map.of(), args);
    }

    private void withIdentity(Person person, String... args) {
        clock += 60;
        String date = "@" + clock + " +0100";
        run(Map.of("GIT_AUTHOR_NAME", person.name(), "GIT_AUTHOR_EMAIL", person.email(), "GIT_AUTHOR_DATE", date,
                "GIT_COMMITTER_NAME", person.name(), "GIT_COMMITTER_EMAIL", person.email(), "GIT_COMMITTER_DATE",
                date), args);
    }

    private String run(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=false", "-c",
                "commit.gpgsign=false", "-c", "init.defaultBranch=main", "-c", "user.name=Fixture", "-c",
                "user.email=fixture@example.com"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_CONFIG_GLOBAL", dir.resolveSibling(dir.getFileName() + ".gitconfig").toString());
        builder.environment().putAll(environment);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input);
                }
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("git " + String.join(" ", args) + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
