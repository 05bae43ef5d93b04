package io.github.isms.history;

import java.util.Optional;

/** Reads the front matter of one version of a file; empty when the file has none or it is unreadable. */
@FunctionalInterface
public interface FrontMatterReader {

    Optional<FrontMatter> read(byte[] content);
}
