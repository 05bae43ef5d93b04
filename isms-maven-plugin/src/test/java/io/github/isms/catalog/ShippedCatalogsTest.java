package io.github.isms.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShippedCatalogsTest {

    private final Framework iso2022 = Framework.load(Edition.ISO27001_2022);
    private final Framework iso2013 = Framework.load(Edition.ISO27001_2013);

    @Test
    void annexA2022HoldsExactly93ControlsNumberedWithoutGapsInFourThemes() {
        List<String> expected = new ArrayList<>();
        Map<String, Integer> perTheme = new LinkedHashMap<>(Map.of("A.5", 37, "A.6", 8, "A.7", 14, "A.8", 34));
        for (String theme : List.of("A.5", "A.6", "A.7", "A.8")) {
            for (int n = 1; n <= perTheme.get(theme); n++) {
                expected.add(theme + "." + n);
            }
        }
        Catalog annexA = iso2022.annexA();
        assertThat(annexA.size()).isEqualTo(93);
        assertThat(annexA.controls()).extracting(Control::id).containsExactlyElementsOf(expected);
        assertThat(annexA.groups()).extracting(ControlGroup::title).containsExactly(
                "Organizational controls", "People controls", "Physical controls", "Technological controls");
        assertThat(annexA.groups()).extracting(g -> g.controls().size()).containsExactly(37, 8, 14, 34);
        assertThat(annexA.control("A.5.15")).map(Control::title).contains("Access control");
        assertThat(annexA.control("A.8.28")).map(Control::title).contains("Secure coding");
    }

    @Test
    void annexA2013HoldsExactly114ControlsInFourteenSectionsEachUnderAnObjective() {
        Catalog annexA = iso2013.annexA();
        assertThat(annexA.size()).isEqualTo(114);
        Map<String, Integer> perSection = annexA.groups().stream()
                .collect(Collectors.toMap(ControlGroup::id, g -> g.controls().size(), (a, b) -> a, LinkedHashMap::new));
        assertThat(perSection).containsExactlyEntriesOf(orderedMap(
                "A.5", 2, "A.6", 7, "A.7", 6, "A.8", 10, "A.9", 14, "A.10", 2, "A.11", 15,
                "A.12", 14, "A.13", 7, "A.14", 13, "A.15", 5, "A.16", 7, "A.17", 4, "A.18", 8));
        assertThat(annexA.groups().stream().mapToInt(g -> g.objectives().size()).sum()).isEqualTo(35);
        assertThat(annexA.controls()).allSatisfy(c -> assertThat(c.id()).startsWith(c.objectiveId() + "."));
        assertThat(annexA.controls()).extracting(Control::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("A\\.\\d+\\.\\d+\\.\\d+"));
        assertThat(annexA.control("A.9.1.1")).get().extracting(Control::objectiveId).isEqualTo("A.9.1");
        assertThat(annexA.group("A.9")).map(ControlGroup::title).contains("Access control");
    }

    @Test
    void clausesFourToTenDifferBetweenTheEditionsWhere2022AddedAndSwappedClauses() {
        assertThat(iso2013.clauses()).hasSize(35);
        assertThat(iso2022.clauses()).hasSize(41);
        assertThat(iso2022.clause("6.3")).map(Clause::title).contains("Planning of changes");
        assertThat(iso2013.clause("6.3")).isEmpty();
        assertThat(iso2022.clause("10.1")).map(Clause::title).contains("Continual improvement");
        assertThat(iso2013.clause("10.1")).map(Clause::title).contains("Nonconformity and corrective action");
        assertThat(iso2022.clause("9.3.3")).isPresent();
        assertThat(iso2022.clauses()).extracting(Clause::id).startsWith("4", "4.1").endsWith("10", "10.1", "10.2");
    }

    @Test
    void theMappingCarriesEvery2013ControlIntoAt2022ControlAndMarksElevenAsNew() {
        Map<String, List<String>> mapping = Framework.transitionMapping();
        assertThat(mapping.keySet()).containsExactlyElementsOf(iso2022.annexA().controls().stream().map(Control::id).toList());
        Set<String> mapped = new HashSet<>();
        mapping.values().forEach(mapped::addAll);
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(iso2013.annexA().controls().stream().map(Control::id).toList());
        assertThat(mapping.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey))
                .containsExactly("A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10", "A.8.11", "A.8.12",
                        "A.8.16", "A.8.23", "A.8.28");
        assertThat(mapping.entrySet().stream().filter(e -> e.getValue().contains("A.18.2.3")).map(Map.Entry::getKey))
                .containsExactly("A.5.36", "A.8.8");
    }

    @Test
    void eachEditionListsItsMandatoryDocumentedInformationWithTheSoaProducedFromSoaYaml() {
        assertThat(iso2013.mandatory()).hasSize(25);
        assertThat(iso2022.mandatory()).hasSize(26);
        assertThat(iso2022.mandatory().stream().filter(MandatoryItem::extended)).hasSize(4);
        assertThat(iso2022.mandatory()).filteredOn(i -> i.name().equals("Statement of Applicability"))
                .singleElement().satisfies(i -> {
                    assertThat(i.refs()).containsExactly("6.1.3(d)");
                    assertThat(i.producedBy()).isEqualTo("soa.yaml");
                });
        assertThat(iso2022.mandatory()).filteredOn(i -> i.name().equals("Inventory of assets"))
                .singleElement().extracting(MandatoryItem::refs).isEqualTo(List.of("A.5.9"));
        // Every reference names a clause or control of its own edition.
        for (Framework framework : List.of(iso2013, iso2022)) {
            CatalogSet set = CatalogSet.of(framework.edition());
            assertThat(framework.mandatory()).flatExtracting(MandatoryItem::refs)
                    .allMatch(ref -> set.control(ref).isPresent() || set.clause(ref).isPresent());
        }
    }

    private static Map<String, Integer> orderedMap(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
