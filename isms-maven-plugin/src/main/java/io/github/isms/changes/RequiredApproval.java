package io.github.isms.changes;

import io.github.isms.model.Member;
import java.util.List;

/**
 * An approver role a change needs, and who holds it.
 *
 * @param people  the e-mail addresses isms.yaml's {@code roles} give the role, as at the base; empty when nobody
 * @param holders the same people with their platform logins from isms.yaml's {@code people:} (as at the base),
 *                so that the report names the accounts a CODEOWNERS review asks; logins are null where unknown
 */
public record RequiredApproval(String role, List<String> people, List<Member> holders) {

    public RequiredApproval {
        people = List.copyOf(people);
        holders = List.copyOf(holders);
    }

    /** A role whose people have no logins on record. */
    public RequiredApproval(String role, List<String> people) {
        this(role, people, people.stream().map(email -> new Member(email, null, null, null)).toList());
    }
}
