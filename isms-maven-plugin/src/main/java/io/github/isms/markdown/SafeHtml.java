package io.github.isms.markdown;

/**
 * HTML that passed the sanitizer, so a page may insert it as is, together with its plain text
 * (for a search index or a snippet): its words with one space between them and around blocks.
 */
public record SafeHtml(String html, String text) {
}
