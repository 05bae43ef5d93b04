package io.github.isms.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fingerprint of an output's inputs: equal values agree, different values never do. */
class FingerprintTest {

    private record Line(String version, String summary) {
    }

    private record Block(String title, List<Line> lines, Optional<LocalDate> approved, Map<String, Integer> counts) {
    }

    private static Block block(String title) {
        return new Block(title, List.of(new Line("1.0", "first")), Optional.of(LocalDate.of(2026, 1, 1)), Map.of("a", 1));
    }

    @Test
    void equalValuesHaveOneFingerprintOfSixtyFourHexDigits() {
        assertThat(Fingerprint.of("1.0", block("Access"))).isEqualTo(Fingerprint.of("1.0", block("Access")))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void anyDifferenceAtAnyDepthChangesIt() {
        String base = Fingerprint.of(block("Access"));
        assertThat(Fingerprint.of(block("Access control"))).isNotEqualTo(base);
        assertThat(Fingerprint.of(new Block("Access", List.of(new Line("1.1", "first")), Optional.of(LocalDate.of(2026, 1, 1)),
                Map.of("a", 1)))).isNotEqualTo(base);
        assertThat(Fingerprint.of(new Block("Access", List.of(new Line("1.0", "first")), Optional.empty(), Map.of("a", 1))))
                .isNotEqualTo(base);
        assertThat(Fingerprint.of(new Block("Access", List.of(new Line("1.0", "first")), Optional.of(LocalDate.of(2026, 1, 1)),
                Map.of("a", 2)))).isNotEqualTo(base);
    }

    @Test
    void textHoldingASeparatorIsNotTwoFields() {
        assertThat(Fingerprint.of(new Line("1.0, summary=x", "y"))).isNotEqualTo(Fingerprint.of(new Line("1.0", "x, y")));
        assertThat(Fingerprint.of("ab", "c")).isNotEqualTo(Fingerprint.of("a", "bc"));
        assertThat(Fingerprint.of(List.of("a", "b"))).isNotEqualTo(Fingerprint.of(List.of("a"), "b"));
    }

    @Test
    void nullEmptyTextAndAnAbsentValueDiffer() {
        assertThat(Set.of(Fingerprint.of((Object) null), Fingerprint.of(""), Fingerprint.of(Optional.empty()),
                Fingerprint.of(List.of()))).hasSize(4);
    }

    @Test
    void theOrderOfASetOrAMapDoesNotMatterButTheOrderOfAListDoes() {
        Set<String> ab = new LinkedHashSet<>(List.of("a", "b"));
        Set<String> ba = new LinkedHashSet<>(List.of("b", "a"));
        assertThat(Fingerprint.of(ab)).isEqualTo(Fingerprint.of(ba));
        Map<String, String> one = new LinkedHashMap<>();
        one.put("x", "1");
        one.put("y", "2");
        Map<String, String> other = new LinkedHashMap<>();
        other.put("y", "2");
        other.put("x", "1");
        assertThat(Fingerprint.of(one)).isEqualTo(Fingerprint.of(other));
        assertThat(Fingerprint.of(List.of("a", "b"))).isNotEqualTo(Fingerprint.of(List.of("b", "a")));
        assertThat(Fingerprint.of(List.of("a", "b"))).isNotEqualTo(Fingerprint.of(ab));
    }

    @Test
    void aTimeKeepsItsOffset() {
        assertThat(Fingerprint.of(OffsetDateTime.parse("2026-01-01T12:00:00Z")))
                .isNotEqualTo(Fingerprint.of(OffsetDateTime.parse("2026-01-01T13:00:00+01:00")));
    }

    @Test
    void aValueOfAnUnknownKindIsRefused() {
        assertThatThrownBy(() -> Fingerprint.of(new Line("1.0", "x"), new Object()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Object");
    }
}
