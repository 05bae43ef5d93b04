package io.github.isms.markdown;

/** A heading of a rendered document: its level (1 to 6), the anchor id in the HTML, and its plain text. */
public record Heading(int level, String id, String text) {
}
