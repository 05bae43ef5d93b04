package io.github.isms.engine;

import java.time.Instant;
import java.util.Optional;

/**
 * How document history is read and judged.
 *
 * @param requireApproval drafts are errors (release builds), not warnings
 * @param allowShallow    read a shallow clone as a truncated history instead of failing
 * @param outputTimestamp {@code project.build.outputTimestamp}: the reference instant for "overdue";
 *                        without it, the time of the commit being built. Never the clock, so two builds
 *                        of one commit give the same output.
 */
public record HistoryOptions(boolean requireApproval, boolean allowShallow, Optional<Instant> outputTimestamp) {

    public static HistoryOptions defaults() {
        return new HistoryOptions(false, false, Optional.empty());
    }
}
