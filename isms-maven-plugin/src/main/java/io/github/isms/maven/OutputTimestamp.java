package io.github.isms.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;

/**
 * {@code project.build.outputTimestamp} as Maven's reproducible-builds convention writes it: an
 * ISO 8601 date-time with offset, or seconds since the epoch; a value of one character (or none)
 * means "not set".
 */
final class OutputTimestamp {

    private OutputTimestamp() {
    }

    static Optional<Instant> parse(String value) throws MojoFailureException {
        if (value == null || value.strip().length() < 2) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
            }
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new MojoFailureException("project.build.outputTimestamp '" + text
                    + "' is neither an ISO 8601 date-time with offset (2025-01-31T00:00:00Z) nor seconds since the epoch");
        }
    }
}
