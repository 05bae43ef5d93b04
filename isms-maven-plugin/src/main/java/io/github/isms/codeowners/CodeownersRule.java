package io.github.isms.codeowners;

import java.util.List;

/**
 * One line of a CODEOWNERS file, with the comment above it that says where the owners come from.
 *
 * @param pattern a path anchored at the repository root ({@code /src/isms/isms.yaml})
 * @param owners  e-mail addresses, in the order isms.yaml gives them
 * @param reason  for reviewers of the generated file, e.g. "POL-001 Information Security Policy: owner CISO, approvers CEO"
 */
public record CodeownersRule(String pattern, List<String> owners, String reason) {

    public CodeownersRule {
        owners = List.copyOf(owners);
        // A title may span lines in YAML; a line break inside the comment would turn the rest into a rule.
        reason = reason.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    String line() {
        return owners.isEmpty() ? pattern : pattern + " " + String.join(" ", owners);
    }
}
