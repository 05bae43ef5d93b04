package io.github.isms.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * How document history is read and judged.
 *
 * @param requireApproval drafts are errors (release builds), not warnings
 * @param allowShallow    read a shallow clone as a truncated history instead of failing
 * @param outputTimestamp {@code project.build.outputTimestamp}: the site's reference date for "overdue",
 *                        so that two builds of one commit give the same bytes; without it, today
 * @param clock           what "today" is: the date {@code isms:check} judges overdue reviews at (its
 *                        diagnostics are not published, so they may follow the calendar)
 */
public record HistoryOptions(boolean requireApproval, boolean allowShallow, Optional<Instant> outputTimestamp,
                             Clock clock) {

    public HistoryOptions(boolean requireApproval, boolean allowShallow, Optional<Instant> outputTimestamp) {
        this(requireApproval, allowShallow, outputTimestamp, Clock.systemUTC());
    }

    public HistoryOptions {
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    public static HistoryOptions defaults() {
        return new HistoryOptions(false, false, Optional.empty());
    }

    /** The same options with another clock (tests fix "today" with {@link Clock#fixed}). */
    public HistoryOptions withClock(Clock other) {
        return new HistoryOptions(requireApproval, allowShallow, outputTimestamp, other);
    }

    /** Today's date in UTC, by {@link #clock}. */
    public LocalDate today() {
        return clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** The date the site states and judges overdue reviews at: the output timestamp's day, else today. */
    public LocalDate reference() {
        return outputTimestamp.map(t -> t.atOffset(ZoneOffset.UTC).toLocalDate()).orElseGet(this::today);
    }

    /**
     * The instant the build's outputs are dated by, the time their signatures claim included: the output timestamp,
     * else the start of {@link #reference()} (UTC). Never the moment of signing, so two builds of one commit with
     * one key give the same bytes.
     */
    public Instant referenceTime() {
        return outputTimestamp.orElseGet(() -> reference().atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
