package io.github.isms.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryOptionsTest {

    static final Clock LATE_EVENING = Clock.fixed(Instant.parse("2026-12-05T23:30:00Z"), ZoneOffset.ofHours(5));

    @Test
    void todayIsTheClocksDateInUtc() {
        assertThat(HistoryOptions.defaults().withClock(LATE_EVENING).today()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void theReferenceDateIsTheOutputTimestampsDayWhenItIsSetElseToday() {
        HistoryOptions stamped = new HistoryOptions(false, false, Optional.of(Instant.parse("2025-02-21T10:00:00Z")))
                .withClock(LATE_EVENING);

        assertThat(stamped.reference()).isEqualTo(LocalDate.of(2025, 2, 21));
        assertThat(stamped.today()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(HistoryOptions.defaults().withClock(LATE_EVENING).reference()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void theReferenceTimeIsTheOutputTimestampElseTheStartOfTodayInUtc() {
        assertThat(new HistoryOptions(false, false, Optional.of(Instant.parse("2025-02-21T10:00:00Z"))).withClock(LATE_EVENING)
                .referenceTime()).isEqualTo(Instant.parse("2025-02-21T10:00:00Z"));
        assertThat(HistoryOptions.defaults().withClock(LATE_EVENING).referenceTime()).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
    }
}
