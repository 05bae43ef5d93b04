package io.github.isms.site;

import io.github.isms.model.Document;
import java.time.LocalDate;
import java.util.List;

/**
 * A document as every page lists it: the columns of the register, plain strings ready for a
 * template ({@code ""} where a value is not set, so that layouts need no null checks).
 *
 * @param path   the source file, relative to the project
 * @param url    the document's page, relative to the site root
 * @param state  from the document-control record ({@code approved}, {@code draft}), or {@code ""}
 * @param nextReview from the last approval when history establishes it, else effective date + review interval
 * @param approved   date of the last approval, or {@code ""}
 * @param approvedBy who gave it, or {@code ""}
 * @param overdue    whether the next review is overdue at the build's reference date
 * @param approvedVersion the version {@code approved} and {@code approvedBy} belong to, or {@code ""}
 * @param inForce    the version in force (latest approved, not retired), or {@code ""}
 * @param pending    the version awaiting approval, or {@code ""}
 * @param retention    how long the document is kept (front matter {@code retention}), or {@code ""}
 * @param distribution who receives it (front matter {@code distribution}), or empty
 */
public record DocumentSummary(
        String id,
        String title,
        String type,
        String typeLabel,
        String typePlural,
        String version,
        String status,
        String state,
        String owner,
        List<String> approvers,
        String classification,
        String effective,
        String nextReview,
        String path,
        String url,
        String approved,
        String approvedBy,
        boolean overdue,
        String approvedVersion,
        String inForce,
        String pending,
        String retention,
        List<String> distribution) {

    public DocumentSummary {
        distribution = List.copyOf(distribution);
    }

    public DocumentSummary(String id, String title, String type, String typeLabel, String typePlural, String version,
            String status, String state, String owner, List<String> approvers, String classification, String effective,
            String nextReview, String path, String url) {
        this(id, title, type, typeLabel, typePlural, version, status, state, owner, approvers, classification, effective,
                nextReview, path, url, "", "", false, "", "", "", "", List.of());
    }

    public static DocumentSummary of(Document d, HistoryView history) {
        LocalDate effective = d.effective();
        // Without history, the last review is the one front matter records, else the effective date.
        LocalDate reviewedOrEffective = d.reviewed() != null ? d.reviewed() : effective;
        String nextReview = d.retired() ? "" : !history.nextReview().isEmpty() ? history.nextReview()
                : reviewedOrEffective == null || d.review() == null ? ""
                : d.review().after(reviewedOrEffective).toString();
        return new DocumentSummary(d.id(), d.title(), d.type().key(), label(d), d.type().plural(), d.versionText(),
                d.retired() ? "retired" : "active", history.state() == null ? "" : history.state(),
                nullToEmpty(d.owner()), List.copyOf(d.approvers()), nullToEmpty(d.classification()),
                effective == null ? "" : effective.toString(), nextReview, d.path(), pagePath(d.id()),
                history.approved(), history.approvedBy(), history.overdue(), history.approvedVersion(),
                history.inForce(), history.pending(), nullToEmpty(d.retention()), d.distribution());
    }

    public String distributionList() {
        return String.join(", ", distribution);
    }

    /** The stable address of a document's current page, relative to the site root. */
    public static String pagePath(String id) {
        return "docs/" + id + "/index.html";
    }

    /** "in force: 1.0 · pending: 1.1" where history establishes either, else the version as written. */
    public String versions() {
        String both = HistoryViews.versions(inForce, pending);
        return both.isEmpty() ? version : both;
    }

    /** Whether {@code approved} belongs to another version than the one this page shows. */
    public boolean approvalOfOtherVersion() {
        return !approvedVersion.isEmpty() && !approvedVersion.equals(version);
    }

    public String approverList() {
        return String.join(", ", approvers);
    }

    private static String label(Document d) {
        String key = d.type().key();
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
