package io.github.isms.history;

/**
 * A document-control problem, located by document, path and commit.
 *
 * @param commitId the main-line commit where it shows, or null for the work tree
 */
public record Finding(FindingKind kind, String documentId, String path, String commitId, String message) {
}
