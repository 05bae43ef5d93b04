package io.github.isms.pack;

/** A file of the pack as the index lists it: its path in the zip and what it is. */
public record PackFile(String path, String label) {
}
