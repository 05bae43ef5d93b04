package io.github.isms.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps track of body lines through template evaluation. Before evaluation, the end of every line
 * of plain text gets an invisible marker with its line number (private-use characters, never in
 * tags or placeholders, so the template means the same); after evaluation the markers are read
 * back into {@link Expansion#bodyLines()} and removed.
 */
final class LineMarkers {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern END_VERBATIM = Pattern.compile("\\{%-?\\s*endverbatim\\s*-?%}");
    private static final Pattern VERBATIM = Pattern.compile("\\{%-?\\s*verbatim\\s*-?%}");

    private enum State { TEXT, PRINT, TAG, COMMENT }

    private LineMarkers() {
    }

    /** The template with a marker before each line break that lies in plain text. */
    static String mark(String template) {
        StringBuilder out = new StringBuilder(template.length() + template.length() / 8);
        State state = State.TEXT;
        int line = 1;
        int tagStart = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (state == State.TEXT && c == '{' && i + 1 < template.length()) {
                char next = template.charAt(i + 1);
                state = next == '{' ? State.PRINT : next == '%' ? State.TAG
                        : template.startsWith(Placeholders.COMMENT_OPEN, i) ? State.COMMENT : State.TEXT;
                tagStart = i;
            } else if (state != State.TEXT && c == '}' && i > 0 && closes(state, template, i) && i - tagStart > minimumLength(state)) {
                state = State.TEXT;
                Matcher verbatim = VERBATIM.matcher(template).region(tagStart, i + 1);
                if (verbatim.matches()) {
                    // Inside verbatim everything is text, including what looks like a tag.
                    Matcher end = END_VERBATIM.matcher(template);
                    int stop = end.find(i + 1) ? end.start() : template.length();
                    out.append(c);
                    for (int j = i + 1; j < stop; j++) {
                        line = copy(template.charAt(j), line, true, out);
                    }
                    i = stop - 1;
                    continue;
                }
            }
            line = copy(c, line, state == State.TEXT, out);
        }
        return out.toString();
    }

    /* Whether the '}' at {@code end} closes what {@code state} opened. */
    private static boolean closes(State state, String template, int end) {
        char before = template.charAt(end - 1);
        return switch (state) {
            case PRINT -> before == '}';
            case TAG -> before == '%';
            case COMMENT -> template.startsWith(Placeholders.COMMENT_CLOSE, end - Placeholders.COMMENT_CLOSE.length() + 1);
            case TEXT -> false;
        };
    }

    /* How far past its opening a closing '}' must lie: "{{}}" closes at 3; "{####}" is the shortest comment. */
    private static int minimumLength(State state) {
        return state == State.COMMENT ? Placeholders.COMMENT_OPEN.length() + Placeholders.COMMENT_CLOSE.length() - 2 : 2;
    }

    private static int copy(char c, int line, boolean inText, StringBuilder out) {
        if (c == '\n') {
            if (inText) {
                out.append(OPEN).append(line).append(CLOSE);
            }
            out.append('\n');
            return line + 1;
        }
        out.append(c);
        return line;
    }

    /** The line number of the last complete marker in {@code text}, or 0 when it has none. */
    static int lastMarkedLine(String text) {
        int open = text.lastIndexOf(OPEN);
        int close = open < 0 ? -1 : text.indexOf(CLOSE, open);
        if (close < 0) {
            return 0;
        }
        try {
            return Integer.parseInt(text, open + 1, close, 10);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The evaluated template without markers, with the body line of each of its lines. */
    static Expansion unmark(String output) {
        StringBuilder text = new StringBuilder(output.length());
        List<Integer> lines = new ArrayList<>();
        int previous = 0;
        int marked = -1;
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (c == OPEN) {
                int number = 0;
                boolean digits = false;
                while (i + 1 < output.length() && Character.isDigit(output.charAt(i + 1))) {
                    number = number * 10 + output.charAt(++i) - '0';
                    digits = true;
                }
                if (digits && marked < 0) {
                    marked = number;
                }
            } else if (c == '\n') {
                previous = lineOf(marked, previous, lines);
                marked = -1;
                text.append(c);
            } else if (c != CLOSE) {
                text.append(c);
            }
        }
        lineOf(marked, previous, lines);
        return new Expansion(text.toString(), lines);
    }

    /** A line without a marker (the last one, or one made by a placeholder) follows the one before. */
    private static int lineOf(int marked, int previous, List<Integer> lines) {
        int line = marked > 0 ? marked : previous + 1;
        lines.add(line);
        return line;
    }
}
