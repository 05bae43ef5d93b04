package io.github.isms.diag;

/** A value together with the place it was written, so later checks can point at it. */
public record Located<T>(T value, SourcePosition at) {
}
