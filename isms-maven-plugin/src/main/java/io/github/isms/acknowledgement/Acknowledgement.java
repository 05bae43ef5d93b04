package io.github.isms.acknowledgement;

import io.github.isms.diag.SourcePosition;
import java.time.LocalDate;

/**
 * One row of an acknowledgement export: a person acknowledged a version of a document on a day.
 *
 * @param email    as written, compared without case
 * @param at       where the row starts, for diagnostics
 */
public record Acknowledgement(String email, String document, String version, LocalDate date, SourcePosition at) {
}
