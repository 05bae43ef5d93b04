package io.github.isms.history;

import io.github.isms.model.Document;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a document stands in its document-control record: the version in force (the latest approved
 * one, unless the document is retired), the version pending approval (the content being built, when it
 * is a draft), and when it was last reviewed. Only an approved version is ever in force, so a newer
 * draft never supersedes it.
 *
 * @param inForce    the approved revision in force; empty when none was approved, or the document is retired
 * @param pending    the version of the content being built when it is not approved yet, or {@code ""}
 * @param retired    {@code status: retired}: nothing is in force and no review is due
 * @param lastReview the last approval, or the {@code reviewed:} date of the approved content when later
 */
public record DocumentStanding(Optional<Revision> inForce, String pending, boolean retired,
                               Optional<LocalDate> lastReview) {

    public static DocumentStanding of(Document document, DocumentHistory history) {
        Optional<Revision> approved = history.lastApproved();
        String pending = history.state().isDraft() ? document.versionText() : "";
        Optional<LocalDate> lastApproval = approved.map(r -> r.date().toLocalDate());
        // A review recorded in front matter counts once the content carrying it is approved.
        Optional<LocalDate> reviewed = history.state() == ContentState.APPROVED
                ? Optional.ofNullable(document.reviewed()) : Optional.empty();
        Optional<LocalDate> lastReview = reviewed.isPresent() && lastApproval.map(reviewed.get()::isAfter).orElse(false)
                ? reviewed : lastApproval;
        return new DocumentStanding(document.retired() ? Optional.empty() : approved, pending, document.retired(),
                lastReview);
    }

    /** The version in force, or {@code ""}. */
    public String inForceVersion() {
        return inForce.map(Revision::version).orElse("");
    }

    /** The last review plus the document's interval; empty for a retired document or one never approved. */
    public Optional<LocalDate> nextReview(Document document) {
        if (retired || document.review() == null) {
            return Optional.empty();
        }
        return lastReview.map(d -> d.plus(document.review().period()));
    }

    /** Whether the next review lies before {@code day}. */
    public boolean overdue(Document document, LocalDate day) {
        return nextReview(document).map(day::isAfter).orElse(false);
    }

    /** What the next review is counted from, as a diagnostic says it. */
    public String reviewBasis() {
        return lastReview.isPresent() && inForce.map(r -> !r.date().toLocalDate().equals(lastReview.get())).orElse(false)
                ? "reviewed " + lastReview.get() : "last approval";
    }
}
