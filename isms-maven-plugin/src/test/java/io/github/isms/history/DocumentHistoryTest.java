package io.github.isms.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentHistoryTest {

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
}
