package io.github.isms.history;

import io.github.isms.model.ApprovalPolicy;
import io.github.isms.model.EvidenceKind;
import io.github.isms.model.IsmsConfig;
import io.github.isms.model.Member;
import io.github.isms.model.TrustedSigner;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How approvals are recognised.
 *
 * @param branch               the approval branch, e.g. {@code main}; a full ref name is accepted too
 * @param evidence             which kinds of evidence count
 * @param trailerNames         trailer keys read as approval evidence (case-insensitive), e.g. {@code Approved-by}
 * @param roles                role name to the e-mail addresses of the people who hold it
 * @param defaultApprovers     approver roles of documents whose front matter names none
 * @param people               platform logins per person (isms.yaml {@code people:}), to match reviews to people
 * @param authorMayApprove     whether an author's own evidence counts (four eyes when false)
 * @param staleReviewsAllowed  whether a review given on another head than the one merged counts
 * @param singleParentTrailers whether trailers count on a single-parent commit that nothing shows came through
 *                             a request
 * @param signers              trusted merge keys; when not empty, evidence counts only on commits they signed
 * @param requestUrl           link template of a request, {@code {number}} standing for its number, or null
 */
public record ApprovalRules(
        String branch,
        Set<EvidenceKind> evidence,
        List<String> trailerNames,
        Map<String, List<String>> roles,
        List<String> defaultApprovers,
        List<Member> people,
        boolean authorMayApprove,
        boolean staleReviewsAllowed,
        boolean singleParentTrailers,
        List<TrustedSigner> signers,
        String requestUrl) {

    public ApprovalRules {
        if (branch == null || branch.isBlank()) {
            throw new IllegalArgumentException("approval branch must not be blank");
        }
        evidence = Set.copyOf(evidence);
        trailerNames = List.copyOf(trailerNames);
        roles = Map.copyOf(roles);
        defaultApprovers = List.copyOf(defaultApprovers);
        people = List.copyOf(people);
        signers = List.copyOf(signers);
    }

    /** Rules with the strict defaults: no people, four eyes, no stale reviews, trailers only on merges, no signers. */
    public ApprovalRules(String branch, Set<EvidenceKind> evidence, List<String> trailerNames,
            Map<String, List<String>> roles, List<String> defaultApprovers) {
        this(branch, evidence, trailerNames, roles, defaultApprovers, List.of(), false, false, false, List.of(), null);
    }

    /** The defaults of isms.yaml: branch {@code main}, trailer {@code Approved-by}. */
    public static ApprovalRules defaults(Map<String, List<String>> roles, List<String> defaultApprovers) {
        return new ApprovalRules("main", Set.of(EvidenceKind.TRAILERS), List.of("Approved-by"), roles,
                defaultApprovers);
    }

    /** The rules isms.yaml states: its {@code approval:} policy, its roles, people and the default approvers. */
    public static ApprovalRules of(IsmsConfig config) {
        ApprovalPolicy policy = config.approval();
        return new ApprovalRules(policy.branch(), Set.copyOf(policy.evidence()), policy.trailers(), config.roles(),
                config.defaults().approvers(), config.people(), policy.authorMayApprove(), policy.staleReviewsAllowed(),
                policy.singleParentTrailers(), policy.signers(), policy.requestUrl());
    }

    public ApprovalRules withEvidence(EvidenceKind... kinds) {
        return new ApprovalRules(branch, Set.of(kinds), trailerNames, roles, defaultApprovers, people, authorMayApprove,
                staleReviewsAllowed, singleParentTrailers, signers, requestUrl);
    }

    public ApprovalRules withTrailerNames(String... names) {
        return new ApprovalRules(branch, evidence, List.of(names), roles, defaultApprovers, people, authorMayApprove,
                staleReviewsAllowed, singleParentTrailers, signers, requestUrl);
    }

    public ApprovalRules withBranch(String name) {
        return new ApprovalRules(name, evidence, trailerNames, roles, defaultApprovers, people, authorMayApprove,
                staleReviewsAllowed, singleParentTrailers, signers, requestUrl);
    }

    public ApprovalRules withPeople(Member... members) {
        return new ApprovalRules(branch, evidence, trailerNames, roles, defaultApprovers, List.of(members),
                authorMayApprove, staleReviewsAllowed, singleParentTrailers, signers, requestUrl);
    }

    public ApprovalRules withAuthorMayApprove(boolean allowed) {
        return new ApprovalRules(branch, evidence, trailerNames, roles, defaultApprovers, people, allowed,
                staleReviewsAllowed, singleParentTrailers, signers, requestUrl);
    }

    public ApprovalRules withStaleReviewsAllowed(boolean allowed) {
        return new ApprovalRules(branch, evidence, trailerNames, roles, defaultApprovers, people, authorMayApprove,
                allowed, singleParentTrailers, signers, requestUrl);
    }

    public ApprovalRules withSingleParentTrailers(boolean allowed) {
        return new ApprovalRules(branch, evidence, trailerNames, roles, defaultApprovers, people, authorMayApprove,
                staleReviewsAllowed, allowed, signers, requestUrl);
    }

    public ApprovalRules withSigners(TrustedSigner... trusted) {
        return new ApprovalRules(branch, evidence, trailerNames, roles, defaultApprovers, people, authorMayApprove,
                staleReviewsAllowed, singleParentTrailers, List.of(trusted), requestUrl);
    }

    public ApprovalRules withRequestUrl(String template) {
        return new ApprovalRules(branch, evidence, trailerNames, roles, defaultApprovers, people, authorMayApprove,
                staleReviewsAllowed, singleParentTrailers, signers, template);
    }
}
