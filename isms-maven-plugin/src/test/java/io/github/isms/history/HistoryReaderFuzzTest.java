package io.github.isms.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Diagnostic;
import io.github.isms.engine.BuildRequest;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.fuzz.Fuzz;
import io.github.isms.fuzz.Mutations;
import io.github.isms.testing.ScriptedRepository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Git histories nobody writes by hand, made with git fast-import (which takes any bytes): empty
 * commit messages, a trailer block of thousands of lines and a megabyte-long one, messages and file
 * names that are not UTF-8, an octopus merge of three branches, mutated documents in every commit.
 * Reading them ends in diagnostics, never an exception.
 */
class HistoryReaderFuzzTest {

    private static final String CONFIG = ScriptedRepository.CONFIG;

    @TempDir
    Path dir;

    @Test
    void oddHistoriesAreReadIntoDiagnosticsNeverAnException() {
        Fuzz.run(4, (random, i) -> {
            Path repo = dir.resolve("r" + i);
            Files.createDirectories(repo);
            git(repo, null, "init", "-q", "-b", "main");
            git(repo, history(random), "fast-import", "--quiet");
            git(repo, null, "reset", "-q", "--hard", "main");

            BuildRequest request = BuildRequest.defaults(repo).withSite(new SiteOptions(repo.resolve("target/isms/site"), false));
            CheckResult result = i % 2 == 0 ? new IsmsEngine().site(request) : new IsmsEngine().check(request);

            for (Diagnostic d : result.diagnostics()) {
                assertThat(d.format()).matches("(?s)[^\\n]+:\\d+:\\d+: [A-Z_]+ .*");
            }
        });
    }

    /* A fast-import stream: a base commit, three branches, an octopus merge of them, and odd commits on main. */
    private static byte[] history(Random random) throws IOException {
        Stream s = new Stream();
        long time = 1767225600L;
        s.commit("refs/heads/main", null, time++, bytes(""), // an empty message
                file("src/isms/isms.yaml", CONFIG),
                file("src/isms/documents/pol.md", doc("POL-001", "1.0", random)));
        String base = "refs/heads/main";
        for (String branch : new String[] {"a", "b", "c"}) {
            s.reset("refs/heads/" + branch, base);
            s.commit("refs/heads/" + branch, null, time++, bytes("Branch " + branch + "\n\nApproved-by: Bob Ceo <bob@example.com>\n"),
                    file("src/isms/documents/" + branch + ".md", doc("DOC-" + branch.toUpperCase(), "1.0", random)));
        }
        s.commit("refs/heads/main", new String[] {"refs/heads/a", "refs/heads/b", "refs/heads/c"}, time++,
                bytes("Octopus\n\nApproved-by: Bob Ceo <bob@example.com>\n"),
                file("src/isms/documents/pol.md", doc("POL-001", "1.1", random)));
        StringBuilder trailers = new StringBuilder("Huge trailers\n\n");
        for (int t = 0; t < 5000; t++) {
            trailers.append(t % 2 == 0 ? "Approved-by: Bob Ceo <bob@example.com>\n" : "Approved-by: x" + t + "\n");
        }
        trailers.append("Approved-by: ").append("B".repeat(1_000_000)).append('\n');
        s.commit("refs/heads/main", null, time++, bytes(trailers.toString()),
                file("src/isms/documents/pol.md", doc("POL-001", "1.2", random)));
        byte[] latin1 = "Richtlinie f\u00fcr Zugriffe\n\nApproved-by: B\u00f6b <bob@example.com>\n".getBytes(StandardCharsets.ISO_8859_1);
        s.commit("refs/heads/main", null, time++, latin1,
                rawFile("\"src/isms/documents/\\377\\376caf\\351.md\"", doc("POL-002", "1.0", random)),
                file("src/isms/documents/a.md", Mutations.mutatedDocument(random, 6)));
        s.commit("refs/heads/main", null, time, bytes("\u0000\n\n\u001b[31m\r\nApproved-by:\n"),
                file("src/isms/documents/b.md", doc("DOC-B", "0.9", random)));
        return s.toBytes();
    }

    private static String doc(String id, String version, Random random) {
        String body = Mutations.mutate("# " + id + "\n\nSee [[POL-001]] and {{ doc.id }}.\n", random, 3);
        return "---\nid: " + id + "\ntitle: " + id + "\ntype: policy\nversion: \"" + version + "\"\n---\n" + body;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private record Change(String quotedPath, byte[] content) {
    }

    private static Change file(String path, String content) {
        return new Change(path, bytes(content));
    }

    private static Change rawFile(String quotedPath, String content) {
        return new Change(quotedPath, bytes(content));
    }

    /** Writes the fast-import commands. */
    private static final class Stream {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void reset(String ref, String from) {
            text("reset " + ref + "\nfrom " + from + "\n\n");
        }

        void commit(String ref, String[] merges, long time, byte[] message, Change... changes) {
            text("commit " + ref + "\n");
            text("author Alice Ciso <alice@example.com> " + time + " +0000\n");
            text("committer Alice Ciso <alice@example.com> " + time + " +0000\n");
            text("data " + message.length + "\n");
            out.writeBytes(message);
            text("\n");
            if (merges != null) {
                for (String merge : merges) {
                    text("merge " + merge + "\n");
                }
            }
            for (Change change : changes) {
                text("M 100644 inline " + change.quotedPath() + "\n");
                text("data " + change.content().length + "\n");
                out.writeBytes(change.content());
                text("\n");
            }
            text("\n");
        }

        private void text(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }

        byte[] toBytes() {
            return out.toByteArray();
        }
    }

    private static void git(Path repo, byte[] input, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process git = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        if (input != null) {
            try (var stdin = git.getOutputStream()) {
                stdin.write(input);
            }
        } else {
            git.getOutputStream().close();
        }
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as("git %s: %s", String.join(" ", args), output).isZero();
    }
}
