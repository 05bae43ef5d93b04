package io.github.isms.markdown;

/**
 * HTML that passed the sanitizer, so a page may insert it as is, together with its plain text
 * (for a search index or a snippet).
 */
public record SafeHtml(String html, String text) {
}
