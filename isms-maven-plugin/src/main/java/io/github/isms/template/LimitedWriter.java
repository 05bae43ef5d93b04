package io.github.isms.template;

import java.io.Writer;

/**
 * The output of one evaluation, refused once it grows past the budget. Not a {@code StringWriter}:
 * Pebble writes into one's buffer directly, past any count. The line reported is the body
 * line being written: the last line marker written (see {@link LineMarkers}) ends the line before it.
 */
final class LimitedWriter extends Writer {

    private final StringBuilder text;
    private final long maxChars;
    private long written;
    private int lastMarkedLine;

    LimitedWriter(int initialSize, long maxChars) {
        this.text = new StringBuilder(initialSize);
        this.maxChars = maxChars;
    }

    @Override
    public void write(int c) {
        count(1);
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        count(length);
        noteMarkers(new String(chars, offset, length));
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        count(length);
        noteMarkers(string.substring(offset, offset + length));
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(String string) {
        write(string, 0, string.length());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private void count(int chars) {
        written += chars;
        if (written > maxChars) {
            throw new TemplateLimitException("the expanded body grows past " + maxChars
                    + " characters (the body as written plus " + TemplateBudget.MAX_ADDED_CHARS + "); refused as a safety limit",
                    lastMarkedLine + 1);
        }
    }

    private void noteMarkers(String text) {
        int marker = LineMarkers.lastMarkedLine(text);
        if (marker > 0) {
            lastMarkedLine = marker;
        }
    }
}
