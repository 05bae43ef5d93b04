package io.github.isms.template;

import java.util.List;

/**
 * A body with its placeholders expanded, and for each of its lines the body line it came from:
 * an {@code {% if %}} that drops lines or a {@code {% for %}} that repeats them moves text, and a
 * problem found later (a broken reference) must still be reported on the line the writer wrote.
 *
 * @param bodyLines the body line (1-based) of each output line, in order; empty when they are the same
 */
public record Expansion(String text, List<Integer> bodyLines) {

    public Expansion {
        bodyLines = List.copyOf(bodyLines);
    }

    /** A body without template syntax: every line stays where it is. */
    public static Expansion unchanged(String text) {
        return new Expansion(text, List.of());
    }

    /** The body line of output line {@code outputLine} (both 1-based). */
    public int bodyLineOf(int outputLine) {
        if (bodyLines.isEmpty()) {
            return outputLine;
        }
        int index = Math.min(outputLine, bodyLines.size()) - 1;
        return bodyLines.get(Math.max(index, 0)) + Math.max(0, outputLine - bodyLines.size());
    }
}
