package io.github.isms.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.isms.check.DocumentRules;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.model.IsmsProject;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class InitializerTest {

    private static final TemplateSet TEMPLATES = TemplateSet.fromClassPath();

    @TempDir
    Path project;

    private InitResult init(String organization, boolean force) {
        return new Initializer(TEMPLATES).init(new InitRequest(SourceLayout.defaults(project), organization, null, force));
    }

    private static IsmsProject load(SourceLayout layout, Diagnostics diagnostics) {
        IsmsProject loaded = new ProjectLoader(layout).load(diagnostics);
        DocumentRules.check(loaded, diagnostics);
        return loaded;
    }

    /** Writes files into src/isms before init runs: pairs of path and content. */
    private Path existing(String... pathsAndTexts) throws IOException {
        Path isms = project.resolve("src/isms");
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            Path file = isms.resolve(pathsAndTexts[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, pathsAndTexts[i + 1]);
        }
        return isms;
    }

    private List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void everyTemplateLoadsAndPassesTheDocumentRulesWithoutASingleDiagnostic() {
        InitResult result = init("Acme Ltd", false);

        Diagnostics diagnostics = new Diagnostics();
        IsmsProject loaded = load(SourceLayout.defaults(project), diagnostics);

        assertThat(result.refused()).isFalse();
        assertThat(diagnostics.all()).extracting(Diagnostic::format).isEmpty();
        assertThat(loaded.documents()).hasSize(TEMPLATES.documents().size()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(loaded.config().organization().name()).isEqualTo("Acme Ltd");
        assertThat(loaded.config().framework()).isEqualTo("iso27001:2022");
    }

    @Test
    void writesEveryIndexedFileIntoSrcIsmsAndReportsThemRelativeToTheProject() throws IOException {
        InitResult result = init("Acme Ltd", false);

        assertThat(result.written()).hasSize(TEMPLATES.files().size())
                .contains("src/isms/isms.yaml", "src/isms/soa.yaml", "src/isms/documents/policies/information-security-policy.md");
        assertThat(filesUnder(project)).hasSize(TEMPLATES.files().size());
    }

    @Test
    void documentBodiesKeepTheirPlaceholdersForTheSiteBuildToFillIn() throws IOException {
        init("Acme Ltd", false);

        String policy = Files.readString(project.resolve("src/isms/documents/policies/information-security-policy.md"));
        assertThat(policy).contains("{{ org.name }}").doesNotContain("Acme Ltd");
    }

    @Test
    void refusesToOverwriteNamesEveryExistingFileAndWritesNothing() throws IOException {
        Path isms = existing("isms.yaml", "organization: {name: Mine}\n", "documents/policies/backup-policy.md", "my own backup policy\n");

        InitResult result = init("Acme Ltd", false);

        assertThat(result.refused()).isTrue();
        assertThat(result.written()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsOnly(Code.INIT_FILE_EXISTS);
        assertThat(result.diagnostics()).extracting(d -> d.position().path())
                .containsExactly("src/isms/documents/policies/backup-policy.md", "src/isms/isms.yaml");
        assertThat(Files.readString(isms.resolve("isms.yaml"))).isEqualTo("organization: {name: Mine}\n");
        assertThat(filesUnder(project)).hasSize(2);
        try (Stream<Path> src = Files.list(project.resolve("src"))) {
            assertThat(src).as("no staging folder left beside src/isms").containsExactly(isms);
        }
    }

    @Test
    void runningTwiceIsRefusedTheSecondTime() {
        init("Acme Ltd", false);

        InitResult again = init("Other Corp", false);

        assertThat(again.refused()).isTrue();
        assertThat(again.diagnostics()).hasSize(TEMPLATES.files().size());
    }

    @Test
    void forceReplacesExistingFilesAndKeepsUnrelatedOnes() throws IOException {
        Path isms = existing("isms.yaml", "organization: {name: Mine}\n", "documents/own/notes.md", "kept\n");

        InitResult result = init("Acme Ltd", true);

        assertThat(result.refused()).isFalse();
        assertThat(Files.readString(isms.resolve("isms.yaml"))).contains("name: \"Acme Ltd\"");
        assertThat(Files.readString(isms.resolve("documents/own/notes.md"))).isEqualTo("kept\n");
        assertThat(filesUnder(project)).hasSize(TEMPLATES.files().size() + 1);
    }

    @Test
    void anOrganisationNameWithYamlSyntaxStaysOneString() {
        String name = "Smith & Sons: \"Ltd\" #1 \\ [EU]";
        init(name, false);

        Diagnostics diagnostics = new Diagnostics();
        IsmsProject loaded = load(SourceLayout.defaults(project), diagnostics);

        assertThat(diagnostics.all()).isEmpty();
        assertThat(loaded.config().organization().name()).isEqualTo(name);
    }

    @Test
    void documentsGoIntoAConfiguredDocumentsFolder() {
        SourceLayout layout = new SourceLayout(project, project.resolve("isms"), project.resolve("isms/docs"), 1 << 20);

        InitResult result = new Initializer(TEMPLATES).init(new InitRequest(layout, "Acme Ltd", "iso27001:2022", false));

        Diagnostics diagnostics = new Diagnostics();
        IsmsProject loaded = load(layout, diagnostics);
        assertThat(result.written()).contains("isms/isms.yaml", "isms/docs/policies/backup-policy.md");
        assertThat(diagnostics.all()).isEmpty();
        assertThat(loaded.documents()).hasSize(TEMPLATES.documents().size());
    }

    @Test
    void leavesNoStagingFolderBehind() throws IOException {
        init("Acme Ltd", false);

        try (Stream<Path> src = Files.list(project.resolve("src"))) {
            assertThat(src.map(p -> p.getFileName().toString())).containsExactly("isms");
        }
    }

    @Test
    void aMissingOrBlankOrganisationIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> init(null, false)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("organization:");
        assertThatThrownBy(() -> init("  ", false)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("organization:");
        assertThatThrownBy(() -> init("Acme\nframework: x", false)).hasMessageContaining("one line");
    }

    @Test
    void theLanguageIsOneTheTemplatesAreWrittenInAndNoLanguageIsEnglish() {
        SourceLayout layout = SourceLayout.defaults(project);
        assertThat(new InitRequest(layout, "Acme", null, false, People.none(), null, " NL ").language()).isEqualTo("nl");
        assertThat(new InitRequest(layout, "Acme", null, false, People.none(), null, null).language()).isEqualTo("en");
        assertThat(new InitRequest(layout, "Acme", null, false).language()).isEqualTo("en");
        assertThatThrownBy(() -> new InitRequest(layout, "Acme", null, false, People.none(), null, "fr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("language: the policy templates are not written in 'fr'; they come in en, nl, de");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "de"})
    void theTemplatesOfALanguageSetTheSitesLanguageSoThatItsPagesAndPdfsSpeakIt(String language) throws IOException {
        new Initializer(TemplateSet.fromClassPath(language)).init(new InitRequest(SourceLayout.defaults(project), "Acme", null,
                false, People.none(), null, language));

        Diagnostics diagnostics = new Diagnostics();
        IsmsProject loaded = load(SourceLayout.defaults(project), diagnostics);
        assertThat(diagnostics.all()).isEmpty();
        assertThat(loaded.config().site().language()).isEqualTo(language);
    }

    @Test
    void theEnglishTemplatesLeaveTheSitesLanguageAtItsDefault() throws IOException {
        init("Acme", false);

        assertThat(Files.readString(project.resolve("src/isms/isms.yaml"))).doesNotContain("language:");
        assertThat(load(SourceLayout.defaults(project), new Diagnostics()).config().site().language()).isEqualTo("en");
    }

    @Test
    void onlyTheFrameworkTheTemplatesAreWrittenForIsAccepted() {
        SourceLayout layout = SourceLayout.defaults(project);

        assertThat(new InitRequest(layout, "Acme", " ISO27001:2022 ", false).framework()).isEqualTo("iso27001:2022");
        assertThatThrownBy(() -> new InitRequest(layout, "Acme", "iso27001:2013", false))
                .hasMessageStartingWith("framework:").hasMessageContaining("written for iso27001:2022");
        assertThatThrownBy(() -> new InitRequest(layout, "Acme", "nist-csf", false)).hasMessageContaining("unknown framework");
        assertThat(Files.exists(project.resolve("src"))).isFalse();
    }

    @Test
    void inAFolderWithoutAPomWritesAMavenProjectThatPinsThePluginAndTheSitePlugin() throws IOException {
        NewProject pom = new NewProject("com.acme", "acme-isms", "io.github.isms", "isms-maven-plugin", "1.2.3");
        InitResult result = new Initializer(TEMPLATES).init(new InitRequest(SourceLayout.defaults(project), "Acme & Co", null, false,
                People.none(), pom, null));

        assertThat(result.refused()).isFalse();
        assertThat(result.written()).startsWith("pom.xml", ".gitignore").contains("src/isms/isms.yaml");
        String xml = Files.readString(project.resolve("pom.xml"));
        assertThat(xml).contains("<groupId>com.acme</groupId>", "<artifactId>acme-isms</artifactId>",
                "<name>Acme &amp; Co</name>", "<goal>check</goal>", "<reporting>")
                .containsPattern("<artifactId>isms-maven-plugin</artifactId>\\s*<version>1.2.3</version>")
                .containsPattern("<artifactId>maven-site-plugin</artifactId>\\s*<version>3.21.0</version>");
        assertThat(Files.readString(project.resolve(".gitignore"))).contains("target/");
        assertThat(filesUnder(project)).hasSize(TEMPLATES.files().size() + 3);
    }

    @Test
    void aNewProjectGetsMavensJvmOptionsForShortBuildsUnlessItHasItsOwn() throws IOException {
        NewProject pom = new NewProject("com.acme", "acme-isms", "io.github.isms", "isms-maven-plugin", "1.2.3");
        InitResult result = new Initializer(TEMPLATES).init(new InitRequest(SourceLayout.defaults(project), "Acme", null, false,
                People.none(), pom, null));

        assertThat(result.written()).startsWith("pom.xml", ".gitignore", ".mvn/jvm.config");
        assertThat(Files.readString(project.resolve(".mvn/jvm.config")))
                .isEqualTo("-XX:TieredStopAtLevel=1 -XX:+UseParallelGC\n");

        Path other = Files.createDirectories(project.resolveSibling(project.getFileName() + "-own"));
        Files.createDirectories(other.resolve(".mvn"));
        Files.writeString(other.resolve(".mvn/jvm.config"), "-Xmx2g\n");
        InitResult own = new Initializer(TEMPLATES).init(new InitRequest(SourceLayout.defaults(other), "Acme", null, false,
                People.none(), pom, null));
        assertThat(own.written()).doesNotContain(".mvn/jvm.config");
        assertThat(Files.readString(other.resolve(".mvn/jvm.config"))).isEqualTo("-Xmx2g\n");
    }

    @Test
    void keepsAGitignoreThatIsThereAndRefusesToReplaceAPom() throws IOException {
        NewProject pom = new NewProject("com.acme", "acme-isms", "io.github.isms", "isms-maven-plugin", "1.2.3");
        Files.writeString(project.resolve(".gitignore"), "mine\n");
        Files.writeString(project.resolve("pom.xml"), "<project/>");

        InitResult result = new Initializer(TEMPLATES).init(new InitRequest(SourceLayout.defaults(project), "Acme", null, false,
                People.none(), pom, null));

        assertThat(result.refused()).isTrue();
        assertThat(result.diagnostics()).extracting(d -> d.position().path()).containsExactly("pom.xml");
        assertThat(Files.readString(project.resolve(".gitignore"))).isEqualTo("mine\n");
        assertThat(project.resolve("src")).doesNotExist();
    }

    @Test
    void writesThePeopleItIsGivenUnderTheirRolesAndNamesTheRolesStillOnPlaceholders() throws IOException {
        People people = People.parse("CISO=alice@acme.example; CEO=bob@acme.example,carol@acme.example");

        InitResult result = new Initializer(TEMPLATES).init(new InitRequest(SourceLayout.defaults(project), "Acme", null, false,
                people, null, null));

        String config = Files.readString(project.resolve("src/isms/isms.yaml"));
        assertThat(config).contains("  CISO: [alice@acme.example]\n", "  CEO: [bob@acme.example, carol@acme.example]\n",
                "  IT-Lead: [it-lead@example.com]\n");
        Diagnostics diagnostics = new Diagnostics();
        IsmsProject loaded = load(SourceLayout.defaults(project), diagnostics);
        assertThat(diagnostics.all()).isEmpty();
        assertThat(loaded.config().roles().get("CEO")).containsExactly("bob@acme.example", "carol@acme.example");
        assertThat(result.nextSteps().get(0))
                .endsWith("still placeholders: ISMS-Manager, IT-Lead, Engineering-Lead, HR-Lead, Facilities-Lead"
                        + " (or run again with -Disms.people=\"CISO=alice@example.com;CEO=bob@example.com\" and -Disms.force=true)");
        assertThat(result.nextSteps()).anyMatch(step -> step.startsWith("Start the record: git init"));
    }

    @Test
    void refusesPeopleForARoleTheTemplatesDoNotHaveOrAddressesThatAreNotEmail() {
        assertThatThrownBy(() -> new Initializer(TEMPLATES).init(new InitRequest(SourceLayout.defaults(project), "Acme", null,
                false, People.parse("CFO=x@acme.example;approvers=y@acme.example"), null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no role CFO, approvers").hasMessageContaining("CISO");
        assertThatThrownBy(() -> People.parse("CISO=alice")).hasMessageContaining("'alice' for CISO is not an e-mail address");
        assertThatThrownBy(() -> People.parse("CISO")).hasMessageContaining("is not ROLE=e-mail");
        assertThat(project.resolve("src")).doesNotExist();
    }

    @Test
    void anArtifactIdComesFromTheFolderName() {
        assertThat(NewProject.artifactIdOf("Acme ISMS (2026)")).isEqualTo("acme-isms-2026");
        assertThat(NewProject.artifactIdOf("---")).isEqualTo("isms");
    }
}
