package io.github.isms.engine;

import io.github.isms.check.CheckResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.output.OutputLock;
import io.github.isms.source.SourceLayout;
import io.github.isms.testing.TestDocument;
import io.github.isms.testing.TestIsms;
import io.github.isms.verify.SiteVerifier;
import io.github.isms.verify.TrustPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How isms:site treats its output folder: one build at a time, and a folder it can not write. */
class IsmsEngineOutputTest {

    /** A development-key build, as these tests make: the signature is accepted as such, integrity is checked. */
    private static final TrustPolicy DEVELOPMENT_BUILD = TrustPolicy.none().allowingDevelopmentKey().checkingIntegrityOnly();

    @TempDir
    Path dir;

    private Path output() {
        return dir.resolve("out");
    }

    private Path site() {
        return output().resolve("site");
    }

    private BuildRequest request(Path project, Duration lockWait) {
        return new BuildRequest(SourceLayout.defaults(project), output())
                .withSite(new SiteOptions(site(), false).withSpareBeside().withLockWait(lockWait));
    }

    private Path project(String name, int documents) {
        TestIsms isms = TestIsms.in(dir.resolve(name));
        for (int i = 1; i <= documents; i++) {
            isms.document("doc" + i + ".md", TestDocument.of("%s-%03d".formatted(name.toUpperCase(), i)));
        }
        return isms.root();
    }

    @Test
    void twoBuildsIntoOneOutputFolderAtOnceBothSucceedOneAfterTheOtherAndTheSiteIsWhollyOneOfThem() throws Exception {
        Path a = project("a", 30);
        Path b = project("b", 20);

        for (int round = 0; round < 3; round++) {
            CompletableFuture<CheckResult> first = CompletableFuture.supplyAsync(() -> new IsmsEngine().site(request(a, Duration.ofSeconds(60))));
            CompletableFuture<CheckResult> second = CompletableFuture.supplyAsync(() -> new IsmsEngine().site(request(b, Duration.ofSeconds(60))));

            assertThat(first.get(120, TimeUnit.SECONDS).errors()).isEmpty();
            assertThat(second.get(120, TimeUnit.SECONDS).errors()).isEmpty();
            assertThat(SiteVerifier.verify(site(), DEVELOPMENT_BUILD).findings()).filteredOn(Diagnostic::isError).isEmpty();
            String register = Files.readString(site().resolve("register.csv"));
            assertThat(register.contains("A-030") != register.contains("B-020")).as("one build's register: " + register).isTrue();
            assertThat(Files.list(site().resolve("docs")).count()).isIn(30L, 20L);
        }
    }

    @Test
    void aBuildThatCanNotGetTheLockInTimeFailsWithOneLineAndWritesNothing() throws Exception {
        Path a = project("a", 2);
        assertThat(new IsmsEngine().site(request(a, Duration.ZERO)).errors()).isEmpty();
        String before = Files.readString(site().resolve("manifest.json"));
        Files.delete(output().resolve("diagnostics.json"));

        CheckResult result;
        try (OutputLock other = OutputLock.acquire(output(), Duration.ZERO).orElseThrow()) {
            result = new IsmsEngine().site(request(project("b", 1), Duration.ofMillis(200)));
        }

        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(Code.OUTPUT_LOCKED);
        assertThat(result.errors()).extracting(Diagnostic::format).singleElement().asString()
                .endsWith("out/build.lock:1:1: OUTPUT_LOCKED another build is writing into " + output()
                        + " and still held its lock after 200 ms; nothing was written (wait for it, or raise lockWait)");
        assertThat(site().resolve("manifest.json")).hasContent(before);
        assertThat(output().resolve("diagnostics.json")).doesNotExist();
    }

    @Test
    void aFileWhereTheOutputFolderBelongsIsOneErrorNotAStackTrace() throws Exception {
        Path a = project("a", 1);
        Files.writeString(output(), "not a folder");

        CheckResult result = new IsmsEngine().site(request(a, Duration.ZERO));

        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(Code.OUTPUT_UNWRITABLE);
        assertThat(result.errors().get(0).format()).contains("can not write into the output folder: a file is in the way");
    }

    @Test
    void aSiteThatCanNotBeWrittenHalfWayIsOneErrorAndTheLastGoodSiteStays() throws Exception {
        Path a = project("a", 3);
        assertThat(new IsmsEngine().site(request(a, Duration.ZERO)).errors()).isEmpty();
        assertThat(new IsmsEngine().site(request(a, Duration.ZERO)).errors()).isEmpty(); // now there is a spare
        String before = Files.readString(site().resolve("manifest.json"));
        // The spare is written over in place; a folder where a page belongs makes that write fail as a full disk would.
        Path spare = output().resolve(".site.spare");
        Files.delete(spare.resolve("register.html"));
        Files.createDirectories(spare.resolve("register.html"));
        Files.writeString(spare.resolve("register.html/in-the-way"), "x");

        CheckResult result = new IsmsEngine().site(request(project("b", 2), Duration.ZERO));

        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(Code.OUTPUT_UNWRITABLE);
        assertThat(result.errors().get(0).format()).contains("out/site:1:1: OUTPUT_UNWRITABLE can not write the site: ")
                .contains("register.html: Is a directory").endsWith("; the last good site is kept as it was");
        assertThat(site().resolve("manifest.json")).hasContent(before);
        assertThat(SiteVerifier.verify(site(), DEVELOPMENT_BUILD).findings()).filteredOn(Diagnostic::isError).isEmpty();
        assertThat(new IsmsEngine().site(request(project("c", 2), Duration.ZERO)).errors()).as("the next build").isEmpty();
        try (var left = Files.list(output())) {
            // The failed build removes its staging folder; a page still being written on another thread
            // can keep it from going, and then the next build removes it.
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.new-"))).isEmpty();
        }
    }

    @Test
    void aReadOnlyOutputFolderIsOneErrorAndTheLastGoodSiteStays() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes into read-only folders, so chmod stops nothing");
        Path a = project("a", 1);
        assertThat(new IsmsEngine().site(request(a, Duration.ZERO)).errors()).isEmpty();
        String before = Files.readString(site().resolve("manifest.json"));
        Files.setPosixFilePermissions(output(), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CheckResult result = new IsmsEngine().site(request(project("b", 1), Duration.ZERO));

            assertThat(result.errors()).extracting(Diagnostic::code).contains(Code.OUTPUT_UNWRITABLE);
            assertThat(site().resolve("manifest.json")).hasContent(before);
        } finally {
            Files.setPosixFilePermissions(output(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
