package io.github.isms.history;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Severity;
import io.github.isms.diag.SourcePosition;
import java.util.Map;

/** Turns history findings into diagnostics at the documents they concern. */
public final class HistoryDiagnostics {

    private HistoryDiagnostics() {
    }

    /**
     * Reports every finding. Past history can not be changed, so a finding at a commit is at most a
     * warning; the same problem in the content being built (a draft) keeps its code's severity.
     *
     * @param positions where each document (by id) is, for the {@code path:line:column} of its findings;
     *                  a document not in it (removed since) is located by its last path in git, and a finding
     *                  about no document (an invalid approval note) by what it names (the notes ref)
     */
    public static void report(HistoryResult result, Map<String, SourcePosition> positions, Diagnostics diagnostics) {
        for (Finding finding : result.findings()) {
            Code code = code(finding.kind());
            SourcePosition at = finding.documentId() == null ? SourcePosition.file(finding.path())
                    : positions.getOrDefault(finding.documentId(), SourcePosition.file(finding.path()));
            boolean past = finding.commitId() != null;
            Severity severity = past ? Severity.WARNING : code.defaultSeverity();
            String where = past ? " (commit " + finding.commitId().substring(0, 12) + ")" : "";
            String about = finding.documentId() == null ? "" : finding.documentId() + ": ";
            diagnostics.report(severity, code, at, about + finding.message() + where);
        }
    }

    static Code code(FindingKind kind) {
        return switch (kind) {
            case VERSION_DECREASED -> Code.VERSION_DECREASED;
            case CONTENT_CHANGED_WITHOUT_VERSION -> Code.VERSION_NOT_CHANGED;
            case VERSION_REUSED -> Code.VERSION_REUSED;
            case EVIDENCE_WITHOUT_ROLE -> Code.APPROVAL_WITHOUT_ROLE;
            case FRONT_MATTER_UNREADABLE -> Code.HISTORY_FRONT_MATTER;
            case NOTE_INVALID -> Code.APPROVAL_NOTE_INVALID;
            case LOGIN_UNKNOWN -> Code.APPROVAL_LOGIN_UNKNOWN;
            case STALE_REVIEW -> Code.APPROVAL_STALE;
            case BY_AUTHOR -> Code.APPROVAL_BY_AUTHOR;
            case NOT_THROUGH_REQUEST -> Code.APPROVAL_NOT_THROUGH_REQUEST;
            case UNSIGNED -> Code.APPROVAL_UNSIGNED;
            case BAD_SIGNATURE -> Code.APPROVAL_BAD_SIGNATURE;
        };
    }
}
