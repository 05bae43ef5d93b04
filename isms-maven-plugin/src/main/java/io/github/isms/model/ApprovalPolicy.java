package io.github.isms.model;

import java.util.List;

/**
 * How approvals are read from git (isms.yaml {@code approval:}).
 *
 * @param branch               the approval branch whose first-parent line is the record
 * @param evidence             which kinds of evidence count
 * @param trailers             the trailer names read when {@link EvidenceKind#TRAILERS} counts
 * @param authorMayApprove     whether a person who authored a change may approve it (four eyes when false)
 * @param staleReviewsAllowed  whether a review given on another head than the one merged still counts
 * @param singleParentTrailers whether trailers count on single-parent (squash, fast-forward, direct) commits
 *                             that neither a note nor a trusted signature shows came through a request
 * @param signers              trusted merge keys; when not empty, evidence counts only on commits they signed
 * @param requestUrl           link template of a pull/merge request, {@code {number}} standing for its number,
 *                             or null
 */
public record ApprovalPolicy(String branch, List<EvidenceKind> evidence, List<String> trailers,
        boolean authorMayApprove, boolean staleReviewsAllowed, boolean singleParentTrailers,
        List<TrustedSigner> signers, String requestUrl) {

    public static final ApprovalPolicy DEFAULT = new ApprovalPolicy("main", List.of(EvidenceKind.TRAILERS),
            List.of("Approved-by"));

    public ApprovalPolicy {
        evidence = List.copyOf(evidence);
        trailers = List.copyOf(trailers);
        signers = List.copyOf(signers);
    }

    /** The strict defaults for everything but branch, evidence and trailers. */
    public ApprovalPolicy(String branch, List<EvidenceKind> evidence, List<String> trailers) {
        this(branch, evidence, trailers, false, false, false, List.of(), null);
    }
}
