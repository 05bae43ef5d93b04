package io.github.isms.risk;

import java.time.LocalDate;

/**
 * Who accepted a risk's residual level and when (clause 6.1.3 f): the risk owners' acceptance of
 * the residual information security risks).
 *
 * @param by   a role of isms.yaml
 * @param date empty when the date is missing or invalid (both are reported)
 */
public record Acceptance(String by, LocalDate date) {
}
