package io.github.isms.catalog;

/**
 * Whether a document's content counts as documented information: an approved version of it is in
 * force, or it is only a draft pending approval. Without git history approval can not be
 * established and every document counts as it stands (release builds insist with requireApproval).
 */
public enum Standing {
    IN_FORCE,
    PENDING
}
