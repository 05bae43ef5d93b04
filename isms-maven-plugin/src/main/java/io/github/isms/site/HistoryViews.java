package io.github.isms.site;

import io.github.isms.history.Approval;
import io.github.isms.history.ContentState;
import io.github.isms.history.DocumentStanding;
import io.github.isms.history.EarlierVersion;
import io.github.isms.history.HistoryResult;
import io.github.isms.history.Person;
import io.github.isms.history.RequestLink;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsConfig;
import io.github.isms.model.IsmsProject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the site shows of the document-control record: per document its state, revision table,
 * approval and next review; the dashboard's overdue-review and recent-change panels. Dates are
 * commit dates and the reference date the build chose, never the clock.
 */
public final class HistoryViews {

    /** The dashboard panels history fills, by key. */
    private static final Set<String> HISTORY_PANELS = Set.of("overdue", "recent", "pending");

    /** How many changes the dashboard lists. */
    static final int RECENT = 10;

    private final Map<String, HistoryView> histories = new LinkedHashMap<>();
    private final List<DashboardPanel> panels;

    private HistoryViews(Map<String, HistoryView> histories, List<DashboardPanel> panels) {
        this.histories.putAll(histories);
        this.panels = panels;
    }

    public Map<String, HistoryView> histories() {
        return Map.copyOf(histories);
    }

    /** {@code panels} with the ones history fills (overdue reviews, recent changes) put in place by key. */
    public List<DashboardPanel> panelsOver(List<DashboardPanel> existing) {
        List<DashboardPanel> result = new ArrayList<>();
        for (DashboardPanel panel : existing) {
            result.add(panels.stream().filter(p -> p.key().equals(panel.key())).findFirst().orElse(panel));
        }
        return result;
    }

    /** Without history: every document says why nothing is established. */
    public static HistoryViews unavailable(IsmsProject project, String why) {
        Map<String, HistoryView> histories = new LinkedHashMap<>();
        String note = "history unavailable: " + why;
        for (Document d : project.documents()) {
            histories.put(d.id(), new HistoryView(null, List.of(), "", "", "", false, note));
        }
        List<DashboardPanel> panels = new ArrayList<>();
        for (DashboardPanel p : DashboardPanel.placeholders()) {
            if (HISTORY_PANELS.contains(p.key())) {
                panels.add(DashboardPanel.labelled(p.key(), "panel.historyUnavailable", List.of(why), List.of()));
            }
        }
        return new HistoryViews(histories, List.copyOf(panels));
    }

    /**
     * @param published the pages of the versions published as superseded ({@link EarlierVersion#pagePath})
     */
    public static HistoryViews of(IsmsProject project, HistoryResult result, Optional<LocalDate> reference,
            Set<String> published) {
        IsmsConfig config = project.config();
        Map<String, io.github.isms.history.DocumentHistory> byId = result.byId();
        Map<String, HistoryView> histories = new LinkedHashMap<>();
        List<DashboardPanel.Item> overdue = new ArrayList<>();
        List<DashboardPanel.Item> pending = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (Document d : project.documents()) {
            io.github.isms.history.DocumentHistory h = byId.get(d.id());
            if (h == null) {
                continue;
            }
            List<HistoryView.RevisionRow> rows = new ArrayList<>();
            // One row per change that reached the branch: two approvals under one version are two events.
            for (io.github.isms.history.Revision r : h.revisions()) {
                String version = r.version() == null ? "?" : r.version();
                String page = EarlierVersion.pagePath(d.id(), version);
                String url = published.contains(page) ? page : "";
                RequestLink request = r.request();
                rows.add(0, new HistoryView.RevisionRow(version, r.date().toLocalDate().toString(), names(r.authors()),
                        approvals(r.approvals()), r.changeSummary(), url, r.shortCommitId(),
                        request == null ? "" : request.label(),
                        request == null ? "" : linkable(request.url()), r.signature().text()));
            }
            DocumentStanding standing = DocumentStanding.of(d, h);
            var last = h.lastApproved();
            String nextReview = standing.nextReview(d).map(LocalDate::toString).orElse("");
            boolean isOverdue = reference.isPresent() && standing.overdue(d, reference.get());
            histories.put(d.id(), new HistoryView(state(h.state()), rows,
                    last.map(r -> r.date().toLocalDate().toString()).orElse(""),
                    last.map(r -> String.join(", ", names(r.approvers()))).orElse(""), nextReview, isOverdue,
                    note(h.state(), result.source()), last.map(r -> r.version() == null ? "" : r.version()).orElse(""),
                    standing.inForceVersion(), standing.pending()));
            if (!config.publishable(d.classification())) {
                continue; // the dashboard lists only what the site publishes
            }
            String url = DocumentSummary.pagePath(d.id());
            if (isOverdue) {
                overdue.add(new DashboardPanel.Item(d.id() + " " + d.title(), "review due " + nextReview, url));
            }
            if (!standing.pending().isEmpty()) {
                pending.add(new DashboardPanel.Item(d.id() + " " + d.title(),
                        versions(standing.inForceVersion(), standing.pending()), url));
            }
            for (io.github.isms.history.Revision r : h.revisions()) {
                changes.add(new Change(r.date().toInstant().getEpochSecond(), d.id(), new DashboardPanel.Item(
                        d.id() + " " + (r.version() == null ? "" : r.version()),
                        r.date().toLocalDate() + " · " + r.changeSummary() + (r.approved() ? "" : " (not approved)"), url)));
            }
        }
        changes.sort(Comparator.comparingLong(Change::time).reversed().thenComparing(Change::id));
        List<DashboardPanel> panels = List.of(
                reference.isPresent()
                        ? DashboardPanel.labelled("overdue", "panel.noneOverdue", List.of(reference.get().toString()), overdue)
                        : DashboardPanel.labelled("overdue", "panel.noReferenceDate", List.of(), overdue),
                DashboardPanel.labelled("recent", "panel.noChanges", List.of(), changes.stream().limit(RECENT).map(Change::item).toList()),
                DashboardPanel.labelled("pending", "panel.noneWaiting", List.of(), pending));
        return new HistoryViews(histories, panels);
    }

    private record Change(long time, String id, DashboardPanel.Item item) {
    }

    /**
     * The same views with the Statement of Applicability's record (soa.yaml's history), read by the same rules as
     * a document's: state, revision rows, approval. A revision row links its redline where {@code redlines} has one.
     *
     * @param redlines version to the redline page of that version
     */
    public HistoryViews withSoa(io.github.isms.history.DocumentHistory soa, String source, Map<String, String> redlines) {
        List<HistoryView.RevisionRow> rows = new ArrayList<>();
        for (io.github.isms.history.Revision r : soa.versionTable()) {
            String version = r.version() == null ? "?" : r.version();
            rows.add(0, new HistoryView.RevisionRow(version, r.date().toLocalDate().toString(), names(r.authors()),
                    names(r.approvers()), r.changeSummary(), redlines.getOrDefault(version, "")));
        }
        var last = soa.lastApproved();
        Map<String, HistoryView> all = new LinkedHashMap<>(histories);
        all.put(SiteInputs.SOA_HISTORY, new HistoryView(state(soa.state()), rows,
                last.map(r -> r.date().toLocalDate().toString()).orElse(""),
                last.map(r -> String.join(", ", names(r.approvers()))).orElse(""), "", false, note(soa.state(), source)));
        return new HistoryViews(all, panels);
    }

    private static String state(ContentState state) {
        if (state == ContentState.APPROVED) {
            return "approved";
        }
        return state.isDraft() ? "draft" : null;
    }

    /** "in force: 1.0 · pending: 1.1", or the half of it that exists; {@code ""} when neither does. */
    public static String versions(String inForce, String pending) {
        List<String> parts = new ArrayList<>();
        if (!inForce.isEmpty()) {
            parts.add("in force: " + inForce);
        }
        if (!pending.isEmpty()) {
            parts.add("pending: " + pending);
        }
        return String.join(" · ", parts);
    }

    /** Why a document has its state, as the page banner and the draft diagnostic say it. */
    public static String note(ContentState state, String source) {
        return switch (state) {
            case APPROVED -> "";
            case DRAFT_UNAPPROVED_CHANGE -> "the last change carries no approval from the approver roles";
            case DRAFT_OTHER_BRANCH -> "committed, not yet merged into the approval branch";
            case DRAFT_UNCOMMITTED -> "uncommitted edits";
            default -> "not established: " + source;
        };
    }

    /**
     * Approvals as a revision table shows them: the person, the role they approved in and the evidence, e.g.
     * {@code Bob Becker (CEO, review)}; a GitLab review, which names no commit, says so.
     */
    static List<String> approvals(List<Approval> approvals) {
        return approvals.stream().map(a -> {
            String name = names(List.of(a.person())).get(0);
            List<String> how = new ArrayList<>();
            if (a.role() != null) {
                how.add(a.role());
            }
            if (a.evidence() != null) {
                how.add(a.evidence().word());
            }
            return how.isEmpty() ? name : name + " (" + String.join(", ", how) + ")";
        }).toList();
    }

    /** A request link from a note or a template becomes a link only when it is a web address. */
    private static String linkable(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : "";
    }

    /** People as pages show them: the name, or the e-mail address when git has no name. */
    public static List<String> names(List<Person> people) {
        return people.stream().map(p -> p.name().isEmpty() ? p.email() : p.name()).toList();
    }
}
