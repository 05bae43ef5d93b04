package io.github.isms.site;

/** A labelled number for the dashboard. */
public record Count(String label, int count) {
}
