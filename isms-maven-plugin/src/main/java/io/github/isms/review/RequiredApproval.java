package io.github.isms.review;

import java.util.List;

/**
 * An approver role a change needs, and who holds it.
 *
 * @param people the e-mail addresses isms.yaml's {@code roles} give the role, as at the base; empty when nobody
 */
public record RequiredApproval(String role, List<String> people) {

    public RequiredApproval {
        people = List.copyOf(people);
    }
}
