package io.github.isms.engine;

import io.github.isms.catalog.Standing;
import io.github.isms.catalog.Soa;
import io.github.isms.catalog.SoaReader;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Severity;
import io.github.isms.diag.SourcePosition;
import io.github.isms.history.ApprovalRules;
import io.github.isms.history.ContentState;
import io.github.isms.history.DocumentHistory;
import io.github.isms.history.DocumentStanding;
import io.github.isms.history.GitLocation;
import io.github.isms.history.HistoryAvailability;
import io.github.isms.history.HistoryDiagnostics;
import io.github.isms.history.HistoryException;
import io.github.isms.history.HistoryReader;
import io.github.isms.history.HistoryRequest;
import io.github.isms.history.HistoryResult;
import io.github.isms.history.ShallowCloneException;
import io.github.isms.history.ShallowCloneMode;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import io.github.isms.source.ConfigReader;
import io.github.isms.source.SourceFile;
import io.github.isms.site.HistoryViews;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the document-control record for a project and reports what it finds: history
 * findings, drafts, overdue reviews, a shallow clone. Without a repository it says so and invents
 * nothing.
 *
 * @param history     the history read, or null when there is none
 * @param unavailable why there is no history, or null
 * @param reference   the date the site states and judges overdue reviews at: the output timestamp, else today
 * @param notes       what the build could not establish, for the log
 * @param soa         the history of soa.yaml (the SoA is a controlled document too), or null when there is none
 * @param commit      the id of the commit being built (HEAD), or empty without one
 */
record DocumentControl(HistoryResult history, String unavailable, Optional<LocalDate> reference, List<String> notes,
        HistoryResult soa, Optional<String> commit) {

    DocumentControl(HistoryResult history, String unavailable, Optional<LocalDate> reference, List<String> notes) {
        this(history, unavailable, reference, notes, null, Optional.empty());
    }

    /** soa.yaml's history, when there is one and soa.yaml has reached it. */
    Optional<DocumentHistory> soaHistory() {
        return soa == null ? Optional.empty() : Optional.ofNullable(soa.byId().get(Soa.ID));
    }

    /**
     * The SoA under the rules of documents: its version findings (at soa.yaml's {@code version:}) and
     * a draft, an error where approval is required. Reported once soa.yaml has been read.
     */
    void reportSoa(Soa file, HistoryOptions options, Diagnostics diagnostics) {
        if (soa == null || !file.present()) {
            return;
        }
        HistoryDiagnostics.report(soa, Map.of(Soa.ID, file.versionAt()), diagnostics);
        soaHistory().filter(h -> h.state().isDraft() || (options.requireApproval() && h.state() == ContentState.UNKNOWN))
                .ifPresent(h -> diagnostics.report(options.requireApproval() ? Severity.ERROR : Severity.WARNING,
                        Code.DOCUMENT_DRAFT, file.versionAt(), "the Statement of Applicability (soa.yaml"
                                + (file.version() == null ? "" : " version " + file.version()) + ") is a draft: "
                                + HistoryViews.note(h.state(), soa.source())));
    }

    static final String SOA_FILE = "soa.yaml";

    static DocumentControl read(IsmsProject project, BuildRequest request, Diagnostics diagnostics) {
        HistoryOptions options = request.history();
        Path documentsDir = request.layout().documentsDir();
        GitLocation location = GitLocation.of(documentsDir);
        Optional<LocalDate> reference = Optional.of(options.reference());
        if (!location.available()) {
            return unavailable(project, options, reference, location.unavailable(), diagnostics);
        }
        HistoryResult result;
        HistoryResult soa;
        try {
            ShallowCloneMode mode = options.allowShallow() ? ShallowCloneMode.TRUNCATE : ShallowCloneMode.FAIL;
            Path isms = project.ismsDir().resolve("isms.yaml");
            HistoryRequest documents = new HistoryRequest(documentsDir, ApprovalRules.of(project.config()))
                    .withShallowCloneMode(mode).withRulesInForce(isms, DocumentControl::rulesOf);
            // Each build keeps the changes it read of every main-line commit; the next one reads only new commits.
            Path cache = request.outputDir().resolve("cache/history");
            result = HistoryReader.cachedIn(cache.resolve("documents"), PluginVersion.get()).read(documents);
            soa = HistoryReader.cachedIn(cache.resolve("soa"), PluginVersion.get())
                    .read(documents.forFile(project.ismsDir(), SOA_FILE, SoaReader::controlKeys));
        } catch (ShallowCloneException e) {
            diagnostics.report(Code.HISTORY_SHALLOW, configPosition(project),
                    "the git repository is a shallow clone, so versions and approvals can not be established. "
                            + "Fetch the full history: `fetch-depth: 0` on actions/checkout (GitHub Actions), "
                            + "`GIT_DEPTH: 0` (GitLab CI), or `git fetch --unshallow`; "
                            + "or accept a truncated history with -Disms.allowShallow=true");
            return new DocumentControl(null, "the git repository is a shallow clone", reference, List.of(), null,
                    location.headCommit());
        } catch (HistoryException e) {
            return unavailable(project, options, reference, e.getMessage(), diagnostics);
        }
        List<String> notes = new ArrayList<>();
        notes.add("Document history: " + result.source());
        notes.addAll(result.notes());
        if (!result.approvalBranchFound()) {
            diagnostics.report(Code.APPROVAL_BRANCH_MISSING, configPosition(project), "the approval branch '"
                    + project.config().approval().branch() + "' is not in this repository, so no approval can be "
                    + "established and every document is a draft; fetch it (actions/checkout with `fetch-depth: 0`, "
                    + "or `git fetch origin " + project.config().approval().branch() + "`), or set approval.branch");
        }
        if (result.availability() == HistoryAvailability.TRUNCATED) {
            notes.add("Document history is truncated (shallow clone): versions before the oldest commit are not established.");
        }
        report(project, result, options, diagnostics);
        return new DocumentControl(result, null, reference, notes, soa, location.headCommit());
    }

    /**
     * The rules a past isms.yaml states; its problems are not reported again (they belong to the build of that
     * commit), and one that does not parse has built-in defaults with no roles: nobody approves under it.
     */
    private static ApprovalRules rulesOf(String ismsYaml) {
        return ApprovalRules.of(ConfigReader.read(new SourceFile(Path.of("isms.yaml"), "isms.yaml", ismsYaml),
                new Diagnostics()));
    }

    private static DocumentControl unavailable(IsmsProject project, HistoryOptions options,
            Optional<LocalDate> reference, String why, Diagnostics diagnostics) {
        if (options.requireApproval()) {
            // A release build must prove approval; without history it can not.
            for (Document d : project.documents()) {
                diagnostics.report(Severity.ERROR, Code.DOCUMENT_DRAFT, d.positionOf("version"),
                        d.id() + ": approval can not be established (" + why + ") and requireApproval is set");
            }
        }
        return new DocumentControl(null, why, reference, List.of("Document history is unavailable: " + why
                + "; versions, approvals and review dates are not established."));
    }

    /* Overdue reviews are reported at today's date: diagnostics are read now, not published. */
    private static void report(IsmsProject project, HistoryResult result, HistoryOptions options,
            Diagnostics diagnostics) {
        LocalDate today = options.today();
        Map<String, SourcePosition> positions = new HashMap<>();
        project.documents().forEach(d -> positions.putIfAbsent(d.id(), d.positionOf("version")));
        HistoryDiagnostics.report(result, positions, diagnostics);
        Map<String, DocumentHistory> byId = result.byId();
        for (Document d : project.documents()) {
            DocumentHistory h = byId.get(d.id());
            if (h == null) {
                continue;
            }
            if (h.state().isDraft() || (options.requireApproval() && h.state() == ContentState.UNKNOWN)) {
                diagnostics.report(options.requireApproval() ? Severity.ERROR : Severity.WARNING, Code.DOCUMENT_DRAFT,
                        d.positionOf("version"), d.id() + " version " + d.versionText() + " is a draft: "
                                + HistoryViews.note(h.state(), result.source()));
            }
            DocumentStanding standing = DocumentStanding.of(d, h);
            Optional<LocalDate> due = standing.nextReview(d);
            if (due.isPresent() && today.isAfter(due.get())) {
                diagnostics.report(Code.REVIEW_OVERDUE, d.positionOf("review"), d.id() + ": review was due on "
                        + due.get() + " (" + standing.reviewBasis() + " + " + d.review() + "), before " + today);
            }
        }
    }

    /**
     * Whether each document counts as documented information: in force when an approved version of it
     * is (or when history can not tell), pending while it is only a draft.
     */
    Function<Document, Standing> approvals(IsmsProject project) {
        Map<Document, Standing> approvals = new IdentityHashMap<>();
        Map<String, DocumentHistory> byId = history == null ? Map.of() : history.byId();
        for (Document d : project.documents()) {
            DocumentHistory h = byId.get(d.id());
            boolean inForce = h == null || h.state() == ContentState.UNKNOWN || DocumentStanding.of(d, h).inForce().isPresent();
            approvals.put(d, inForce ? Standing.IN_FORCE : Standing.PENDING);
        }
        return d -> approvals.getOrDefault(d, Standing.IN_FORCE);
    }

    /** Where each document stands in its record, by id; empty without history, so nothing counts as approved. */
    Map<String, DocumentStanding> standings(IsmsProject project) {
        Map<String, DocumentStanding> standings = new HashMap<>();
        Map<String, DocumentHistory> byId = history == null ? Map.of() : history.byId();
        for (Document d : project.documents()) {
            DocumentHistory h = byId.get(d.id());
            if (h != null) {
                standings.put(d.id(), DocumentStanding.of(d, h));
            }
        }
        return standings;
    }

    /** The day the SoA's latest approved version was approved, if one was. */
    Optional<LocalDate> soaApproved() {
        return soaHistory().flatMap(DocumentHistory::lastApproved).map(r -> r.date().toLocalDate());
    }

    private static SourcePosition configPosition(IsmsProject project) {
        Path config = project.ismsDir().resolve("isms.yaml");
        Path relative = project.projectDir().toAbsolutePath().normalize().relativize(config.toAbsolutePath().normalize());
        return SourcePosition.file(relative.toString().replace('\\', '/'));
    }
}
