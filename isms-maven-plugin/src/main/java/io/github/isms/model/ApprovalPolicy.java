package io.github.isms.model;

import java.util.List;

/**
 * How approvals are read from git (isms.yaml {@code approval:}).
 *
 * @param branch   the approval branch whose first-parent line is the record
 * @param evidence which kinds of evidence count
 * @param trailers the trailer names read when {@link EvidenceKind#TRAILERS} counts
 */
public record ApprovalPolicy(String branch, List<EvidenceKind> evidence, List<String> trailers) {

    public static final ApprovalPolicy DEFAULT = new ApprovalPolicy("main", List.of(EvidenceKind.TRAILERS), List.of("Approved-by"));
}
