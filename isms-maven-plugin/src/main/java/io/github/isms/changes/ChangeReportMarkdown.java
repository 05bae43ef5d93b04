package io.github.isms.changes;

import static io.github.isms.changes.MarkdownText.code;
import static io.github.isms.changes.MarkdownText.html;
import static io.github.isms.changes.MarkdownText.text;

import io.github.isms.diag.Diagnostic;
import io.github.isms.i18n.Labels;
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

    /** The comment in English. */
    static String render(ChangeReport review, List<Diagnostic> problems) {
        return render(review, problems, Labels.builtIn("en"));
    }

    /**
     * The comment in the words of {@code words} (the site's language): its own sentences, headings and states; what
     * comes from the ISMS (ids, titles, paths) and the problems' messages as they are.
     */
    static String render(ChangeReport review, List<Diagnostic> problems, Labels words) {
        StringBuilder md = new StringBuilder(MARKER).append('\n');
        if (!review.available()) {
            md.append("### ").append(words.get("review.notPossible")).append("\n\n").append(text(review.unavailable())).append('\n');
            problems(md, problems, words);
            return md.toString();
        }
        List<ChangedDocument> documents = review.documents();
        md.append("### ").append(documents.isEmpty() ? words.get("review.noneChanged")
                : words.get(documents.size() == 1 ? "review.changedOne" : "review.changedMany", documents.size())).append("\n\n");
        md.append(words.get(review.uncommitted() ? "review.comparedUncommitted" : "review.compared", code(review.base()),
                code(abbreviate(review.mergeBase())), code(abbreviate(review.head())))).append('\n');
        if (!documents.isEmpty()) {
            md.append("\n| ").append(words.get("review.document")).append(" | ").append(words.get("review.change")).append(" | ")
                    .append(words.get("document.version")).append(" | ").append(words.get("review.approvalNeeded"))
                    .append(" |\n|---|---|---|---|\n");
            documents.forEach(d -> md.append(row(d, words)).append('\n'));
        }
        notes(md, review, words);
        problems(md, problems, words);
        redlines(md, documents, words);
        return md.toString();
    }

    private static String row(ChangedDocument d, Labels words) {
        String document = "**" + text(d.id()) + "** " + text(d.title()) + "<br>" + code(d.path());
        String change = words.get("review.kind." + d.change().word());
        if (d.previousPath() != null && !d.previousPath().equals(d.path())) {
            change += " " + words.get("review.from", code(d.previousPath()));
        }
        return "| " + document + " | " + change + " | " + version(d, words) + " | " + approvals(d, words) + " |";
    }

    private static String version(ChangedDocument d, Labels words) {
        return switch (d.bump()) {
            case NEW -> text(d.version()) + " (" + words.get("review.bump.new") + ")";
            case REMOVED -> text(d.previousVersion()) + " (" + words.get("review.bump.removed") + ")";
            case NONE -> d.edited() ? text(d.version()) + " **(" + words.get("review.bump.notRaised") + ")**"
                    : text(d.version()) + " (" + words.get("review.bump.none") + ")";
            case DOWN -> text(d.previousVersion()) + " → " + text(d.version()) + " **(" + words.get("review.bump.down") + ")**";
            case MAJOR, MINOR -> text(d.previousVersion()) + " → " + text(d.version()) + " ("
                    + words.get("review.bump." + d.bump().word()) + ")";
            case UNKNOWN -> text(known(d.previousVersion())) + " → " + text(known(d.version()));
        };
    }

    private static String approvals(ChangedDocument d, Labels words) {
        if (d.requiredApprovals().isEmpty()) {
            return "*" + words.get("review.noApproverRole") + "*";
        }
        return d.requiredApprovals().stream()
                .map(a -> text(a.role()) + ": " + (a.holders().isEmpty() ? "*" + words.get("review.nobodyHoldsRole") + "*"
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

    private static void notes(StringBuilder md, ChangeReport review, Labels words) {
        for (ChangedDocument d : review.documents()) {
            if (d.approversChanged()) {
                md.append("\n**").append(words.get("document.approvers")).append(".** ")
                        .append(words.get("review.approversChanged", text(d.id()), text(String.join(", ", d.requiredRoles())),
                                text(String.join(", ", d.proposedApprovers())))).append('\n');
            }
        }
        if (review.configChanged()) {
            md.append("\n").append(words.get("review.configChanged", "**isms.yaml**")).append('\n');
        }
    }

    private static void problems(StringBuilder md, List<Diagnostic> problems, Labels words) {
        if (problems.isEmpty()) {
            md.append("\n").append(words.get("review.noProblems")).append('\n');
            return;
        }
        md.append("\n#### ").append(words.get("review.problems")).append("\n\n");
        for (Diagnostic d : problems) {
            md.append("- ").append(d.isError() ? "**" + words.get("review.error") + "**" : words.get("review.warning")).append(' ').append(code(d.position().toString()))
                    .append(' ').append(code(d.code().name())).append(' ').append(text(d.message())).append('\n');
        }
    }

    private static void redlines(StringBuilder md, List<ChangedDocument> documents, Labels words) {
        List<ChangedDocument> edited = documents.stream().filter(d -> !d.redline().isEmpty()).toList();
        if (edited.isEmpty()) {
            return;
        }
        md.append("\n#### ").append(words.get("review.redlines")).append("\n\n").append(words.get("review.redlinesText")).append('\n');
        for (ChangedDocument d : edited) {
            String summary = html(d.id() + " " + d.title()) + switch (d.bump()) {
                case NEW -> ": " + html(words.get("review.redlineNew", d.version()));
                case NONE -> ": " + html(words.get("review.redlineNotRaised", d.version()));
                default -> ": " + html(known(d.previousVersion())) + " → " + html(known(d.version()));
            };
            String body = "<pre>\n" + MarkdownText.redline(CompactRedline.of(d.redline())) + "</pre>";
            String section = "\n<details><summary>" + summary + "</summary>\n\n" + body + "\n\n</details>\n";
            if (md.length() + section.length() > LIMIT) {
                section = "\n<details><summary>" + summary + "</summary>\n\n" + words.get("review.leftOut") + "\n\n</details>\n";
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
