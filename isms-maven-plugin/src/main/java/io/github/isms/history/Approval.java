package io.github.isms.history;

import io.github.isms.model.EvidenceKind;

/**
 * One approval that counts: who approved, in which of the document's approver roles, and how git shows it.
 *
 * @param role     the approver role the person holds and approved in; null where not known (a record made
 *                 without roles)
 * @param evidence how the approval is shown: a platform review (note), a trailer, or who merged; null where
 *                 not known
 * @param login    the platform login of a review, or null
 */
public record Approval(Person person, String role, EvidenceKind evidence, String login) {
}
