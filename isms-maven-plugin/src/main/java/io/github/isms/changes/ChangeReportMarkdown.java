package io.github.isms.changes;

import static io.github.isms.changes.MarkdownText.code;
import static io.github.isms.changes.MarkdownText.html;
import static io.github.isms.changes.MarkdownText.text;

import io.github.isms.diag.Diagnostic;
import io.github.isms.model.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * review.md: the comment to post on the pull request. A table of the changed documents with their versions
 * and the approvals they need, the problems found, then a collapsed redline per document. Everything from
 * the ISMS is escaped (see {@link MarkdownText}); a comment stays under GitHub's limit of 65,536 characters
 * by leaving out the redlines that do not fit, saying so.
 */
final class ChangeReportMarkdown {

    /** Below GitHub's 65,536-character limit for a comment, with room for the closing lines. */
    static final int LIMIT = 60_000;
    /** The first line, so that a CI job can find its earlier comment and edit it. */
    static final String MARKER = "<!-- isms:review -->";

    private ChangeReportMarkdown() {
    }

    static String render(ChangeReport review, List<Diagnostic> problems) {
        StringBuilder md = new StringBuilder(MARKER).append('\n');
        if (!review.available()) {
            md.append("### ISMS review: not possible\n\n").append(text(review.unavailable())).append('\n');
            problems(md, problems);
            return md.toString();
        }
        List<ChangedDocument> documents = review.documents();
        md.append("### ISMS review: ").append(documents.isEmpty() ? "no document changed"
                : documents.size() + (documents.size() == 1 ? " changed document" : " changed documents")).append("\n\n");
        md.append("Compared with ").append(code(review.base())).append(": changes since the merge-base ")
                .append(code(abbreviate(review.mergeBase()))).append(" up to ").append(code(abbreviate(review.head())))
                .append(review.uncommitted() ? " and the uncommitted edits in the work tree" : "").append(".\n");
        if (!documents.isEmpty()) {
            md.append("\n| Document | Change | Version | Approval needed from (one of) |\n|---|---|---|---|\n");
            documents.forEach(d -> md.append(row(d)).append('\n'));
        }
        notes(md, review);
        problems(md, problems);
        redlines(md, documents);
        return md.toString();
    }

    private static String row(ChangedDocument d) {
        String document = "**" + text(d.id()) + "** " + text(d.title()) + "<br>" + code(d.path());
        String change = d.change().word();
        if (d.previousPath() != null && !d.previousPath().equals(d.path())) {
            change += " from " + code(d.previousPath());
        }
        return "| " + document + " | " + change + " | " + version(d) + " | " + approvals(d) + " |";
    }

    private static String version(ChangedDocument d) {
        return switch (d.bump()) {
            case NEW -> text(d.version()) + " (new)";
            case REMOVED -> text(d.previousVersion()) + " (deleted)";
            case NONE -> d.edited() ? text(d.version()) + " **(not raised)**" : text(d.version()) + " (unchanged)";
            case DOWN -> text(d.previousVersion()) + " → " + text(d.version()) + " **(down)**";
            case MAJOR, MINOR -> text(d.previousVersion()) + " → " + text(d.version()) + " (" + d.bump().word() + ")";
            case UNKNOWN -> text(known(d.previousVersion())) + " → " + text(known(d.version()));
        };
    }

    private static String approvals(ChangedDocument d) {
        if (d.requiredApprovals().isEmpty()) {
            return "*no approver role*";
        }
        return d.requiredApprovals().stream()
                .map(a -> text(a.role()) + ": " + (a.holders().isEmpty() ? "*nobody holds this role*"
                        : a.holders().stream().map(ChangeReportMarkdown::holder).collect(Collectors.joining(", "))))
                .collect(Collectors.joining("; "));
    }

    /** A person as the report names them: the e-mail roles use, and the platform logins a review shows. */
    private static String holder(Member member) {
        List<String> logins = new ArrayList<>();
        if (member.github() != null) {
            logins.add("GitHub " + MarkdownText.code("@" + member.github()));
        }
        if (member.gitlab() != null) {
            logins.add("GitLab " + MarkdownText.code("@" + member.gitlab()));
        }
        return MarkdownText.code(member.email()) + (logins.isEmpty() ? "" : " (" + String.join(", ", logins) + ")");
    }

    private static void notes(StringBuilder md, ChangeReport review) {
        for (ChangedDocument d : review.documents()) {
            if (d.approversChanged()) {
                md.append("\n**Approvers.** ").append(text(d.id())).append(" changes its approvers from ")
                        .append(text(String.join(", ", d.requiredRoles()))).append(" to ")
                        .append(text(String.join(", ", d.proposedApprovers())))
                        .append(": this change needs approval as at the base; the new approvers approve the next one.\n");
            }
        }
        if (review.configChanged()) {
            md.append("\n**isms.yaml** changes in this pull request: approver roles and the people who hold them "
                    + "are taken from the base, so a pull request can not choose its own approvers.\n");
        }
    }

    private static void problems(StringBuilder md, List<Diagnostic> problems) {
        if (problems.isEmpty()) {
            md.append("\nNo problems found.\n");
            return;
        }
        md.append("\n#### Problems\n\n");
        for (Diagnostic d : problems) {
            md.append("- ").append(d.isError() ? "**error**" : "warning").append(' ').append(code(d.position().toString()))
                    .append(' ').append(code(d.code().name())).append(' ').append(text(d.message())).append('\n');
        }
    }

    private static void redlines(StringBuilder md, List<ChangedDocument> documents) {
        List<ChangedDocument> edited = documents.stream().filter(d -> !d.redline().isEmpty()).toList();
        if (edited.isEmpty()) {
            return;
        }
        md.append("\n#### Redlines\n\nRemoved words are struck through, added words underlined.\n");
        for (ChangedDocument d : edited) {
            String summary = html(d.id() + " " + d.title()) + switch (d.bump()) {
                case NEW -> ": new, " + html(d.version());
                case NONE -> ": " + html(d.version()) + ", version not raised";
                default -> ": " + html(known(d.previousVersion())) + " → " + html(known(d.version()));
            };
            String body = "<pre>\n" + MarkdownText.redline(CompactRedline.of(d.redline())) + "</pre>";
            String section = "\n<details><summary>" + summary + "</summary>\n\n" + body + "\n\n</details>\n";
            if (md.length() + section.length() > LIMIT) {
                section = "\n<details><summary>" + summary + "</summary>\n\nLeft out: the comment would exceed the "
                        + "65,536 characters GitHub allows. review.json holds it; the pull request's diff shows the "
                        + "change.\n\n</details>\n";
            }
            md.append(section);
        }
    }

    /** A version front matter does not give (unreadable, or missing) shows as a question mark. */
    private static String known(String version) {
        return version == null ? "?" : version;
    }

    private static String abbreviate(String commit) {
        return commit == null ? "" : commit.substring(0, Math.min(12, commit.length()));
    }
}
