package io.github.isms.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Values read out of a platform's JSON answers, with one clear message where an answer lacks what it must have. */
final class Answers {

    private Answers() {
    }

    /** The text at {@code field}, or null where it is missing, null or empty. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
    }

    static String requiredText(JsonNode node, String field, String request) throws PlatformException {
        String text = text(node, field);
        if (text == null) {
            throw new PlatformException(request + ": unexpected answer: no " + field);
        }
        return text;
    }

    static long requiredNumber(JsonNode node, String field, String request) throws PlatformException {
        JsonNode value = node.path(field);
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw new PlatformException(request + ": unexpected answer: no number " + field);
        }
        return value.asLong();
    }

    /** A time as UTC to the second ({@code 2026-03-01T10:15:00Z}), or null where the answer has none. */
    static String time(JsonNode node, String field, String request) throws PlatformException {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS);
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        } catch (DateTimeParseException e) {
            throw new PlatformException(request + ": unexpected answer: " + field + " '" + text + "' is not a time");
        }
    }

    /** A commit id as the platforms write it: 40 hexadecimal digits (or 64 in a SHA-256 repository). */
    static String commit(JsonNode node, String field, String request) throws PlatformException {
        String text = text(node, field);
        if (text != null && !text.matches("[0-9a-f]{40}|[0-9a-f]{64}")) {
            throw new PlatformException(request + ": unexpected answer: " + field + " '" + text + "' is not a commit id");
        }
        return text;
    }
}
