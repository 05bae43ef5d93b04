package io.github.isms.site;

/** A header link: its label and the page path relative to the site root. */
public record NavLink(String label, String path) {
}
