package io.github.isms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Holds the lines of the design that a compiler does not. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path MAVEN_PACKAGE = SOURCES.resolve("io/github/isms/maven");
    private static final Pattern MAVEN_API = Pattern.compile("\\borg\\.apache\\.maven\\.");

    @Test
    void onlyTheMavenPackageUsesTheMavenApiSoTheEngineRunsWithoutMaven() throws IOException {
        assertThat(SOURCES.resolve("io/github/isms/engine/IsmsEngine.java")).exists();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(MAVEN_PACKAGE))
                    .filter(ArchitectureTest::mentionsMaven)
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).as("classes outside io.github.isms.maven that use org.apache.maven.*").isEmpty();
        }
    }

    @Test
    void theMavenPackageDoesUseIt() throws IOException {
        try (Stream<Path> files = Files.list(MAVEN_PACKAGE)) {
            assertThat(files.filter(ArchitectureTest::mentionsMaven)).isNotEmpty();
        }
    }

    /**
     * Who may import whom, package by package: the map CONTRIBUTING describes. A new package needs a line
     * here, which is the moment to decide where it sits.
     */
    private static final Map<String, Set<String>> MAY_IMPORT = Map.ofEntries(
            Map.entry("json", Set.of()),
            Map.entry("csv", Set.of()),
            Map.entry("digest", Set.of()),
            Map.entry("output", Set.of("digest")),
            Map.entry("diag", Set.of("json")),
            Map.entry("model", Set.of("diag")),
            Map.entry("source", Set.of("diag", "model")),
            Map.entry("markdown", Set.of("diag")),
            Map.entry("template", Set.of("diag", "model")),
            Map.entry("xref", Set.of("diag", "markdown", "model", "source")),
            Map.entry("render", Set.of("diag", "digest", "markdown", "model", "template", "xref")),
            Map.entry("serve", Set.of("json", "digest")),
            Map.entry("redline", Set.of()),
            Map.entry("history", Set.of("diag", "json", "model", "source")),
            Map.entry("risk", Set.of("csv", "diag", "model", "source")),
            Map.entry("evidence", Set.of("diag", "model", "source")),
            Map.entry("acknowledgement", Set.of("diag", "history", "model", "source")),
            Map.entry("catalog", Set.of("csv", "diag", "evidence", "history", "model", "risk", "source", "xref")),
            Map.entry("i18n", Set.of("source")),
            Map.entry("check", Set.of("catalog", "diag", "evidence", "i18n", "model", "risk")),
            Map.entry("sign", Set.of("digest")),
            Map.entry("verify", Set.of("diag", "digest", "json", "sign")),
            Map.entry("platform", Set.of("diag", "history", "json")),
            Map.entry("site", Set.of("acknowledgement", "csv", "diag", "digest", "evidence", "history", "i18n", "json",
                    "markdown", "model", "output", "render", "sign", "source", "verify")),
            Map.entry("catalog.pages", Set.of("catalog", "evidence", "i18n", "model", "risk", "site")),
            Map.entry("acknowledgement.pages", Set.of("acknowledgement", "i18n", "site")),
            Map.entry("evidence.pages", Set.of("evidence", "site", "source")),
            Map.entry("risk.pages", Set.of("i18n", "risk", "site")),
            Map.entry("history.pages", Set.of("history", "site")),
            Map.entry("pdf", Set.of("catalog", "catalog.pages", "diag", "digest", "history", "history.pages", "i18n", "model", "output",
                    "render", "sign", "site", "source")),
            Map.entry("readiness", Set.of("acknowledgement", "catalog", "evidence", "history", "i18n", "model", "risk", "site")),
            Map.entry("pack", Set.of("acknowledgement", "catalog", "csv", "diag", "digest", "model", "pdf", "readiness", "sign", "site", "verify")),
            Map.entry("docx", Set.of("model", "output", "pdf", "site")),
            Map.entry("changes", Set.of("check", "diag", "history", "i18n", "json", "model", "redline", "site", "source")),
            Map.entry("codeowners", Set.of("check", "diag", "model", "source")),
            Map.entry("init", Set.of("diag", "model", "source")),
            Map.entry("wordimport", Set.of("diag", "model", "source")),
            Map.entry("engine", Set.of("acknowledgement", "acknowledgement.pages", "catalog", "catalog.pages", "changes",
                    "check", "codeowners", "diag", "docx", "evidence", "evidence.pages", "history", "history.pages", "init", "model",
                    "output", "pack", "pdf", "platform", "readiness", "redline", "render", "risk", "risk.pages", "serve", "sign", "site",
                    "source", "verify", "wordimport", "xref")),
            Map.entry("maven", Set.of("changes", "check", "codeowners", "diag", "engine", "init", "platform", "sign",
                    "source", "verify", "wordimport")));

    /** The classes that do a goal's work; only the engine starts them, so every goal enters through it. */
    private static final Set<String> WORKERS = Set.of("ProjectLoader", "PullRequestChanges", "CodeownersWriter",
            "Initializer", "SiteVerifier", "SiteBuilder", "SitePdfs", "ApprovalRecorder", "WordImporter", "PreviewServer",
            "SourceWatcher");

    @Test
    void everyPackageImportsOnlyThePackagesItsLineAllows() throws IOException {
        Map<String, Set<String>> imports = packageImports();
        assertThat(imports.keySet()).as("packages without a line in MAY_IMPORT").isSubsetOf(MAY_IMPORT.keySet());
        List<String> offences = new ArrayList<>();
        imports.forEach((from, to) -> to.stream().filter(p -> !p.equals(from) && !MAY_IMPORT.get(from).contains(p))
                .sorted().forEach(p -> offences.add(from + " -> " + p)));
        assertThat(offences).as("imports against the package map").isEmpty();
    }

    @Test
    void theMavenLayerStartsNoWorkerItselfEveryGoalEntersThroughTheEngine() throws IOException {
        try (Stream<Path> files = Files.list(MAVEN_PACKAGE)) {
            List<String> offences = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> WORKERS.stream().filter(w -> Pattern.compile("\\b" + w + "\\b").matcher(read(f)).find())
                            .map(w -> f.getFileName() + " uses " + w))
                    .toList();
            assertThat(offences).isEmpty();
        }
    }

    private static Map<String, Set<String>> packageImports() throws IOException {
        Pattern packageLine = Pattern.compile("^package io\\.github\\.isms\\.([a-z.]+);", Pattern.MULTILINE);
        Pattern importLine = Pattern.compile("^import (?:static )?io\\.github\\.isms\\.([a-z.]+)\\.[A-Z]", Pattern.MULTILINE);
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("io/github/isms"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = read(f);
                Matcher pkg = packageLine.matcher(text);
                if (!pkg.find()) {
                    continue;
                }
                Set<String> to = imports.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
                Matcher m = importLine.matcher(text);
                while (m.find()) {
                    to.add(m.group(1));
                }
            }
        }
        return imports;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean mentionsMaven(Path file) {
        try {
            return MAVEN_API.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
