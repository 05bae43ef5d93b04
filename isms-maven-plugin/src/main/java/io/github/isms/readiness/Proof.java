package io.github.isms.readiness;

/**
 * What shows a step's state: a document, the SoA, the risk register.
 *
 * @param path the page that shows it, relative to the site root; null when it is not published
 */
public record Proof(String label, String path) {
}
