package io.github.isms.history;

import io.github.isms.model.EvidenceKind;
import io.github.isms.model.IsmsConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How approvals are recognised.
 *
 * @param branch           the approval branch, e.g. {@code main}; a full ref name is accepted too
 * @param evidence         which kinds of evidence count
 * @param trailerNames     trailer keys read as approval evidence (case-insensitive), e.g. {@code Approved-by}
 * @param roles            role name to the e-mail addresses of the people who hold it
 * @param defaultApprovers approver roles of documents whose front matter names none
 */
public record ApprovalRules(
        String branch,
        Set<EvidenceKind> evidence,
        List<String> trailerNames,
        Map<String, List<String>> roles,
        List<String> defaultApprovers) {

    public ApprovalRules {
        if (branch == null || branch.isBlank()) {
            throw new IllegalArgumentException("approval branch must not be blank");
        }
        evidence = Set.copyOf(evidence);
        trailerNames = List.copyOf(trailerNames);
        roles = Map.copyOf(roles);
        defaultApprovers = List.copyOf(defaultApprovers);
    }

    /** The defaults of isms.yaml: branch {@code main}, trailer {@code Approved-by}. */
    public static ApprovalRules defaults(Map<String, List<String>> roles, List<String> defaultApprovers) {
        return new ApprovalRules("main", Set.of(EvidenceKind.TRAILERS), List.of("Approved-by"), roles,
                defaultApprovers);
    }

    /** The rules isms.yaml states: its {@code approval:} policy, its roles and the default approvers. */
    public static ApprovalRules of(IsmsConfig config) {
        return new ApprovalRules(config.approval().branch(), Set.copyOf(config.approval().evidence()),
                config.approval().trailers(), config.roles(), config.defaults().approvers());
    }

    public ApprovalRules withEvidence(EvidenceKind... kinds) {
        return new ApprovalRules(branch, Set.of(kinds), trailerNames, roles, defaultApprovers);
    }

    public ApprovalRules withTrailerNames(String... names) {
        return new ApprovalRules(branch, evidence, List.of(names), roles, defaultApprovers);
    }

    public ApprovalRules withBranch(String name) {
        return new ApprovalRules(name, evidence, trailerNames, roles, defaultApprovers);
    }
}
