package io.github.isms.engine;

import io.github.isms.check.CheckResult;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.source.SourceLayout;
import io.github.isms.testing.ForkedJvm;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import io.github.isms.verify.SiteVerifier;
import io.github.isms.diag.Diagnostic;
import io.github.isms.verify.TrustPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds killed with SIGKILL at random moments, in a real second JVM that builds two different
 * ISMSs into one output folder in turn: after every kill the last good site is complete and
 * verifies against its manifest, and the next build needs no clean-up.
 */
class IsmsEngineInterruptedBuildTest {

    /** A development-key build, as these tests make: the signature is accepted as such, integrity is checked. */
    private static final TrustPolicy DEVELOPMENT_BUILD = TrustPolicy.none().allowingDevelopmentKey().checkingIntegrityOnly();

    /**
     * Kills; each costs a JVM start and a random delay. Stopped earlier when the time budget
     * ({@code -Disms.killSeconds}, 80 by default) runs out on a busy machine.
     */
    private static final int KILLS = Integer.getInteger("isms.kills", 50);

    @TempDir
    Path dir;

    static BuildRequest request(Path project, Path output) {
        return SiteBuildLoop.request(project, output);
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesTheLastGoodSiteCompleteAndTheNextBuildNeedsNoCleanUp() throws Exception {
        Path a = project("a", 6);
        Path b = project("b", 4);
        Path output = dir.resolve("out");
        Path site = output.resolve("site");
        assertThat(new IsmsEngine().site(request(a, output)).errors()).isEmpty();

        Random random = new Random(Long.getLong("isms.killSeed", System.nanoTime()));
        // The first child runs two builds unharmed, to time a cold start and a warm build on this machine
        // and to archive the classes it loaded, which makes the next ones start faster. The kills then
        // fall anywhere from the start to two builds later, mostly while a site is rendered or written.
        Path classes = dir.resolve("loop.jsa");
        long started = System.nanoTime();
        Path firstLog = dir.resolve("loop-timing.log");
        Process timing = ForkedJvm.start(List.of("-XX:ArchiveClassesAtExit=" + classes, "-Disms.loopBuilds=2"),
                SiteBuildLoop.class, firstLog, output.toString(), b.toString(), a.toString());
        long firstBuilt = awaitLine(firstLog, "built 0", timing);
        long secondBuilt = awaitLine(firstLog, "built 1", timing);
        assertThat(timing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long warmMillis = Math.max(50, TimeUnit.NANOSECONDS.toMillis(secondBuilt - firstBuilt));
        List<String> options = Files.isRegularFile(classes) ? List.of("-XX:SharedArchiveFile=" + classes) : List.of();
        long startedAgain = System.nanoTime();
        Process again = ForkedJvm.start(options, SiteBuildLoop.class, dir.resolve("loop-timing-2.log"),
                output.toString(), b.toString(), a.toString());
        long coldMillis = TimeUnit.NANOSECONDS.toMillis(awaitLine(dir.resolve("loop-timing-2.log"), "built 0", again) - startedAgain);
        again.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        int kills = 0;
        int swapWindow = 0;
        int afterABuild = 0;
        long budget = started + TimeUnit.SECONDS.toNanos(Long.getLong("isms.killSeconds", 80));
        do {
            Path log = dir.resolve("loop-" + kills + ".log");
            Process loop = ForkedJvm.start(options, SiteBuildLoop.class, log, output.toString(), b.toString(), a.toString());
            Thread.sleep(coldMillis / 2 + (long) (random.nextDouble() * (coldMillis / 2 + 2 * warmMillis)));
            loop.destroyForcibly(); // SIGKILL
            assertThat(loop.waitFor(30, TimeUnit.SECONDS)).isTrue();
            kills++;
            if (Files.readString(log).contains("built")) {
                afterABuild++;
            }

            if (Files.isDirectory(site)) {
                assertThat(SiteVerifier.verify(site, DEVELOPMENT_BUILD).findings()).filteredOn(Diagnostic::isError)
                        .as("the site after kill %d (%s)", kills, Files.readString(log)).isEmpty();
                assertThat(site.resolve("index.html")).isRegularFile();
            } else {
                swapWindow++; // killed between the swap's two renames: the last good site waits under its old name
                assertThat(siblings(output)).anyMatch(name -> name.startsWith(".site.old-"));
            }
        } while (kills < KILLS && System.nanoTime() < budget);
        System.out.printf("%d kills (cold start %d ms, warm build %d ms), %d after at least one finished build,"
                + " %d between the swap's renames%n", kills, coldMillis, warmMillis, afterABuild, swapWindow);

        CheckResult next = new IsmsEngine().site(request(b, output));

        assertThat(next.errors()).isEmpty();
        assertThat(SiteVerifier.verify(site, DEVELOPMENT_BUILD).findings()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(Files.readString(site.resolve("register.csv"))).contains("B-004").doesNotContain("A-006");
        assertThat(siblings(output)).as("nothing left over beside the site")
                .containsExactlyInAnyOrder("site", ".site.spare", "build.lock", "diagnostics.json", "cache");
    }

    /* The time the child's log first holds {@code text}. */
    private static long awaitLine(Path log, String text, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return System.nanoTime();
            }
            if (!process.isAlive()) {
                throw new AssertionError("the build loop ended: " + Files.readString(log));
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the build loop did not say '" + text + "' within 60 s");
    }

    private Path project(String name, int documents) {
        TestIsms isms = TestIsms.in(dir.resolve(name));
        for (int i = 1; i <= documents; i++) {
            String id = "%s-%03d".formatted(name.toUpperCase(), i);
            isms.document(id + ".md", TestDocument.of(id).body("# Policy " + id + "\n\n" + "Text. ".repeat(200)));
        }
        return isms.root();
    }

    private static List<String> siblings(Path output) throws java.io.IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
