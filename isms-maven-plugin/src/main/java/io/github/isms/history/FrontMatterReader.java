package io.github.isms.history;

import java.util.Optional;

/**
 * Reads the front matter of one version of a file; empty when the file has none or it is unreadable.
 * History calls it from several threads at once, so an implementation must be thread-safe.
 */
@FunctionalInterface
public interface FrontMatterReader {

    Optional<ControlKeys> read(byte[] content);
}
