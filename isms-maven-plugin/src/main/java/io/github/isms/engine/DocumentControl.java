package io.github.isms.engine;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Severity;
import io.github.isms.diag.SourcePosition;
import io.github.isms.history.ApprovalRules;
import io.github.isms.history.ContentState;
import io.github.isms.history.DocumentHistory;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the document-control record for a project (SPEC §4) and reports what it finds: history
 * findings, drafts, overdue reviews, a shallow clone. Without a repository it says so and invents
 * nothing.
 *
 * @param history     the history read, or null when there is none
 * @param unavailable why there is no history, or null
 * @param reference   the reference date for "overdue": the output timestamp, else the commit being built
 * @param notes       what the build could not establish, for the log
 */
record DocumentControl(HistoryResult history, String unavailable, Optional<LocalDate> reference, List<String> notes) {

    static DocumentControl read(IsmsProject project, BuildRequest request, Diagnostics diagnostics) {
        HistoryOptions options = request.history();
        Path documentsDir = request.layout().documentsDir();
        GitLocation location = GitLocation.of(documentsDir);
        Optional<LocalDate> reference = options.outputTimestamp().or(location::headTime).map(DocumentControl::utcDate);
        if (!location.available()) {
            return unavailable(project, options, reference, location.unavailable(), diagnostics);
        }
        HistoryResult result;
        try {
            ShallowCloneMode mode = options.allowShallow() ? ShallowCloneMode.TRUNCATE : ShallowCloneMode.FAIL;
            Path isms = project.ismsDir().resolve("isms.yaml");
            result = new HistoryReader().read(new HistoryRequest(documentsDir, ApprovalRules.of(project.config()))
                    .withShallowCloneMode(mode).withRulesInForce(isms, DocumentControl::rulesOf));
        } catch (ShallowCloneException e) {
            diagnostics.report(Code.HISTORY_SHALLOW, configPosition(project),
                    "the git repository is a shallow clone, so versions and approvals can not be established. "
                            + "Fetch the full history: `fetch-depth: 0` on actions/checkout (GitHub Actions), "
                            + "`GIT_DEPTH: 0` (GitLab CI), or `git fetch --unshallow`; "
                            + "or accept a truncated history with -Disms.allowShallow=true");
            return new DocumentControl(null, "the git repository is a shallow clone", reference, List.of());
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
        report(project, result, options, reference, diagnostics);
        return new DocumentControl(result, null, reference, notes);
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

    private static void report(IsmsProject project, HistoryResult result, HistoryOptions options,
            Optional<LocalDate> reference, Diagnostics diagnostics) {
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
            if (!d.retired() && d.review() != null && reference.isPresent()
                    && h.reviewOverdue(d.review().period(), reference.get())) {
                diagnostics.report(Code.REVIEW_OVERDUE, d.positionOf("review"), d.id() + ": review was due on "
                        + h.nextReview(d.review().period()).orElseThrow() + " (last approval + " + d.review()
                        + "), before " + reference.get());
            }
        }
    }

    private static SourcePosition configPosition(IsmsProject project) {
        Path config = project.ismsDir().resolve("isms.yaml");
        Path relative = project.projectDir().toAbsolutePath().normalize().relativize(config.toAbsolutePath().normalize());
        return SourcePosition.file(relative.toString().replace('\\', '/'));
    }

    private static LocalDate utcDate(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
