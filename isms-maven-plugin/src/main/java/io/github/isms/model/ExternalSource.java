package io.github.isms.model;

/** For documents of type {@code external}: where they come from and who issued them. */
public record ExternalSource(String source, String issuer) {
}
