package io.github.isms.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewAndReaderTest {

    private static Revision revision(String version, String date, boolean approved) {
        return new Revision(version, "Title", null, "c" + version, OffsetDateTime.of(LocalDate.parse(date).atTime(10, 0),
                ZoneOffset.UTC), List.of(), List.of(), "s", approved, "p.md", "b" + version);
    }

    @Test
    void nextReviewIsTheLastApprovalPlusTheInterval() {
        DocumentHistory history = new DocumentHistory("POL-001", "p.md", List.of(revision("1.0", "2025-03-10", true),
                revision("1.1", "2025-06-01", true), revision("1.2", "2025-09-01", false)), ContentState.DRAFT_UNAPPROVED_CHANGE, null);

        assertThat(history.nextReview(Period.ofMonths(12))).contains(LocalDate.parse("2026-06-01"));
    }

    @Test
    void aReviewIsOverdueOnlyAfterTheReferenceDatePassesIt() {
        DocumentHistory history = new DocumentHistory("POL-001", "p.md", List.of(revision("1.0", "2025-03-10", true)),
                ContentState.APPROVED, null);

        assertThat(history.reviewOverdue(Period.ofYears(1), LocalDate.parse("2026-03-10"))).isFalse();
        assertThat(history.reviewOverdue(Period.ofYears(1), LocalDate.parse("2026-03-11"))).isTrue();
    }

    @Test
    void aNeverApprovedDocumentHasNoNextReview() {
        DocumentHistory history = new DocumentHistory("POL-001", "p.md", List.of(revision("1.0", "2025-03-10", false)),
                ContentState.DRAFT_UNAPPROVED_CHANGE, null);

        assertThat(history.nextReview(Period.ofYears(1))).isEmpty();
        assertThat(history.reviewOverdue(Period.ofYears(1), LocalDate.parse("2030-01-01"))).isFalse();
    }

    @Test
    void theVersionTableHasOneRowPerVersionTheLastChangeOfEach() {
        DocumentHistory history = new DocumentHistory("POL-001", "p.md", List.of(revision("1.0", "2025-01-01", true),
                new Revision("1.0", "Title", null, "fix", OffsetDateTime.parse("2025-01-02T00:00Z"), List.of(), List.of(), "typo",
                        false, "p.md", "b2"), revision("1.1", "2025-02-01", true)), ContentState.APPROVED, null);

        assertThat(history.versionTable()).extracting(Revision::commitId).containsExactly("fix", "c1.1");
    }

    @Test
    void theDefaultReaderKeepsVersionsAsWritten() {
        ControlKeys fm = new YamlFrontMatterReader().read(
                "\uFEFF---\r\nid: POL-001\r\ntitle: Policy\r\nversion: 1.10\r\nstatus: retired\r\napprovers: CEO\r\n---\r\nBody\r\n"
                        .getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertThat(fm.withSubstance(null)).isEqualTo(new ControlKeys("POL-001", "1.10", "Policy", "retired", List.of("CEO")));
    }

    @Test
    void theDefaultReaderFindsNoDocumentWithoutFrontMatterOrWithBrokenYaml() {
        YamlFrontMatterReader reader = new YamlFrontMatterReader();

        assertThat(reader.read("# Title\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(reader.read("---\nid: [unclosed\n---\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(reader.read("---\nid: X\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "id: POL-001\nversion: 1.10\ntitle: Access control\napprovers: [CEO, CISO]\n",
        "id: POL-001\nversion: '1.10'\ntitle: \"Quoted: title\"\n",
        "id: POL-001\nversion: 1.2 # a comment\n",
        "id: POL-001\napprovers:\n  - CEO\n  - CISO\n",
        "id: POL-001\napprovers: CEO\nstatus: retired\n",
        "id: POL-001\napprovers: []\ntags: [a, b]\nreview: 12 months\n",
        "id: POL-001\nid: POL-002\n",
        "id: [POL-001]\n",
        "version: 1.0\n",
        "id: -x\n",
        "id: POL-001\ntitle: Policy (draft)\nversion: 2.0\n\nowner: CISO\n",
        "id: POL-001\r\nversion: 1.0\t\r\napprovers: [CEO, CISO] \r\n",
        "id: POL-001\ntitle: Two  spaces\n",
        "id: POL-001\ntitle: a\tb\n",
        "id: POL-001\ntitle: (draft) Policy\n",
        "id: POL-001\napprovers: [CEO]]\n",
        "id:POL-001\n",
        "id: POL-001\nversion:\t1.3\n"})
    void theDirectReadingOfSimpleFrontMatterAgreesWithSnakeYaml(String yaml) {
        byte[] file = ("---\n" + yaml + "---\nBody\n").getBytes(StandardCharsets.UTF_8);

        assertThat(new YamlFrontMatterReader().read(file).map(k -> k.withSubstance(null))).isEqualTo(YamlFrontMatterReader.readYaml(yaml));
    }

    @Test
    void aLineOfFourDashesDoesNotCloseTheFrontMatter() {
        byte[] file = "---\nid: A\n----\nversion: 1.1\n---\n".getBytes(StandardCharsets.UTF_8);

        assertThat(new YamlFrontMatterReader().read(file).map(k -> k.withSubstance(null)))
                .isEqualTo(YamlFrontMatterReader.readYaml("id: A\n----\nversion: 1.1\n"));
    }

    @Test
    void versionsOrderAsNumbers() {
        assertThat(VersionOrder.INSTANCE.compare("1.9", "1.10")).isNegative();
        assertThat(VersionOrder.INSTANCE.compare("2.0", "1.10")).isPositive();
        assertThat(VersionOrder.INSTANCE.compare("1.0", "1.00")).isZero();
    }
}
