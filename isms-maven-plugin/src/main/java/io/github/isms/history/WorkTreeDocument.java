package io.github.isms.history;

/**
 * A document as it is on disk now.
 *
 * @param path     repository-relative, with {@code /}
 * @param blobIds  the git object id of the bytes, and of the bytes with CRLF turned into LF (a checkout
 *                 with {@code core.autocrlf} differs from the commit only by line ends)
 */
record WorkTreeDocument(ControlKeys frontMatter, String path, java.util.Set<String> blobIds) {
}
