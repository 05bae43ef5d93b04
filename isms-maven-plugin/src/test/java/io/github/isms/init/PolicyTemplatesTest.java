package io.github.isms.init;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Diagnostics;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * What the shipped templates promise in each of their languages: the ISO/IEC 27001:2022 mandatory
 * set, real control ids, a small placeholder context.
 */
class PolicyTemplatesTest {

    /** ISO/IEC 27001:2022 clauses 4–10 (ids only). */
    private static final Set<String> CLAUSES_2022 = Set.of("4", "4.1", "4.2", "4.3", "4.4", "5", "5.1", "5.2", "5.3", "6",
            "6.1", "6.1.1", "6.1.2", "6.1.3", "6.2", "6.3", "7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.5.1", "7.5.2", "7.5.3",
            "8", "8.1", "8.2", "8.3", "9", "9.1", "9.2", "9.2.1", "9.2.2", "9.3", "9.3.1", "9.3.2", "9.3.3", "10", "10.1", "10.2");
    /** Annex A 2022: themes 5 to 8 with 37, 8, 14 and 34 controls. */
    private static final Map<Integer, Integer> CONTROLS_PER_THEME = Map.of(5, 37, 6, 8, 7, 14, 8, 34);
    private static final Pattern CONTROL = Pattern.compile("A\\.([5-8])\\.(\\d+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern XREF = Pattern.compile("\\[\\[([^]|#]+)[^]]*]]");

    private static final Map<String, List<Document>> DOCUMENTS = new HashMap<>();

    @BeforeAll
    static void initOnceInEveryLanguage(@TempDir Path projects) {
        for (String language : TemplateSet.LANGUAGES) {
            SourceLayout layout = SourceLayout.defaults(projects.resolve(language));
            new Initializer(TemplateSet.fromClassPath(language)).init(new InitRequest(layout, "Acme Ltd", null, false));
            IsmsProject loaded = new ProjectLoader(layout).load(new Diagnostics());
            DOCUMENTS.put(language, loaded.documents());
        }
    }

    private static boolean isControl2022(String id) {
        Matcher m = CONTROL.matcher(id);
        if (!m.matches()) {
            return false;
        }
        int number = Integer.parseInt(m.group(2));
        return number >= 1 && number <= CONTROLS_PER_THEME.get(Integer.parseInt(m.group(1)));
    }

    /** The targets of {@code [[ID]]}, {@code [[ID|text]]} and {@code [[ID#anchor]]} in a body. */
    private static List<String> crossReferences(Document doc) {
        return XREF.matcher(doc.body()).results().map(m -> m.group(1).strip()).toList();
    }

    @ParameterizedTest
    @FieldSource("io.github.isms.init.TemplateSet#LANGUAGES")
    void everyMandatoryClauseOfThe2022EditionIsAddressedByATemplate(String language) {
        List<Document> documents = DOCUMENTS.get(language);
        Set<String> addressed = documents.stream().flatMap(d -> d.clauseIds().stream()).collect(Collectors.toSet());

        // The Statement of Applicability (6.1.3 d) is generated from soa.yaml, so no template stands for it alone.
        assertThat(addressed).contains("4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "7.5", "8.1", "8.2", "8.3", "9.1",
                "9.2", "9.3", "10.2");
    }

    @ParameterizedTest
    @FieldSource("io.github.isms.init.TemplateSet#LANGUAGES")
    void theCommonlyExpectedAnnexAPoliciesAndProceduresAreThere(String language) {
        List<Document> documents = DOCUMENTS.get(language);
        Set<String> implemented = documents.stream().flatMap(d -> d.controlIds().stream()).collect(Collectors.toSet());

        assertThat(implemented).contains(
                "A.5.15", // access control
                "A.5.10", // acceptable use
                "A.5.26", // incident response
                "A.5.29", "A.5.30", // continuity and ICT readiness
                "A.5.19", // suppliers
                "A.8.24", // cryptography
                "A.8.13", // backup
                "A.8.25", // secure development
                "A.8.32", // change management
                "A.5.9", // assets
                "A.5.12", // classification
                "A.6.1", "A.6.4", // HR security
                "A.7.1", // physical security
                "A.8.15", "A.8.16", // logging and monitoring
                "A.8.8", // vulnerabilities
                "A.5.31", // legal requirements
                "A.8.9"); // secure configuration
    }

    @ParameterizedTest
    @FieldSource("io.github.isms.init.TemplateSet#LANGUAGES")
    void everyControlIdIsAnAnnexA2022ControlAndEveryClauseIdA2022Clause(String language) {
        List<Document> documents = DOCUMENTS.get(language);
        for (Document doc : documents) {
            assertThat(doc.controlIds()).as(doc.path()).allMatch(PolicyTemplatesTest::isControl2022);
            assertThat(doc.clauseIds()).as(doc.path()).allMatch(CLAUSES_2022::contains);
        }
    }

    @ParameterizedTest
    @FieldSource("io.github.isms.init.TemplateSet#LANGUAGES")
    void everyTemplateWritesTheFullFrontMatterAndStartsAtVersion0_1(String language) {
        List<Document> documents = DOCUMENTS.get(language);
        for (Document doc : documents) {
            assertThat(doc.positions().keySet()).as(doc.path()).containsAll(List.of("id", "title", "type", "version", "owner",
                    "approvers", "classification", "review", "controls", "clauses"));
            assertThat(doc.versionText()).as(doc.path()).isEqualTo("0.1");
            assertThat(doc.approvers()).as(doc.path()).isNotEmpty().doesNotContain(doc.owner());
        }
    }

    @ParameterizedTest
    @FieldSource("io.github.isms.init.TemplateSet#LANGUAGES")
    void placeholdersUseOnlyTheReadOnlyContextAndNoPebbleTagsOrComments(String language) {
        List<Document> documents = DOCUMENTS.get(language);
        Set<String> used = new TreeSet<>();
        for (Document doc : documents) {
            Matcher m = PLACEHOLDER.matcher(doc.body());
            while (m.find()) {
                used.add(m.group(1).strip());
            }
            assertThat(doc.body()).as(doc.path()).doesNotContain("{%", "{##");
            assertThat(doc.body()).as(doc.path()).contains("{{ org.name }}");
        }
        assertThat(used).isSubsetOf("org.name", "doc.owner", "doc.id", "doc.title");
    }

    @ParameterizedTest
    @FieldSource("io.github.isms.init.TemplateSet#LANGUAGES")
    void everyCrossReferenceNamesATemplateAControlOrAClause(String language) {
        List<Document> documents = DOCUMENTS.get(language);
        Set<String> ids = documents.stream().map(Document::id).collect(Collectors.toSet());
        for (Document doc : documents) {
            for (String target : crossReferences(doc)) {
                assertThat(ids.contains(target) || isControl2022(target) || CLAUSES_2022.contains(target))
                        .as(doc.path() + " references " + target).isTrue();
            }
        }
    }

    @ParameterizedTest
    @FieldSource("io.github.isms.init.TemplateSet#LANGUAGES")
    void everyTemplateIsReferencedByAnotherSoNothingIsAnIsland(String language) {
        List<Document> documents = DOCUMENTS.get(language);
        Set<String> referenced = new TreeSet<>();
        for (Document doc : documents) {
            crossReferences(doc).stream().filter(target -> !target.equals(doc.id())).forEach(referenced::add);
        }
        assertThat(referenced).containsAll(documents.stream().map(Document::id).filter(id -> !id.equals("POL-001")).toList());
    }
}
