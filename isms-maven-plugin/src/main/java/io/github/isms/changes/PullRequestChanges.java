package io.github.isms.changes;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.DiagnosticsJson;
import io.github.isms.diag.SourcePosition;
import io.github.isms.check.CheckResult;
import io.github.isms.history.BaseUnavailableException;
import io.github.isms.history.BranchChanges;
import io.github.isms.history.ControlKeys;
import io.github.isms.i18n.Labels;
import io.github.isms.model.IsmsConfig;
import io.github.isms.model.Member;
import io.github.isms.model.IsmsProject;
import io.github.isms.redline.Redline;
import io.github.isms.site.SiteInputs;
import io.github.isms.source.ConfigReader;
import io.github.isms.source.SourceFile;
import io.github.isms.source.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * isms:review's front door, free of Maven: the documents a pull request changes against its base, whether
 * each version was raised as document control asks, who must approve each change, and a redline of each.
 * It writes review.md (the comment to post), review.json (for tools) and diagnostics.json, also when the
 * review finds errors or is not possible, so that a CI job can always post what it found.
 *
 * <p>Approvers come from the base: the document's {@code approvers} and isms.yaml's defaults and roles as they
 * were at the merge-base, so that a pull request can not name its own approvers (history judges merges the
 * same way). Problems the loader finds are reported for the files the pull request touches; isms:check
 * reports the rest.
 */
public final class PullRequestChanges {

    /**
     * @param project what the work tree holds, loaded and checked by the engine
     * @param files   the reader that loaded it (for project-relative paths)
     * @param loading what loading and checking found; reported for the files the pull request touches
     */
    public ChangeReportResult review(ChangeReportRequest request, IsmsProject project, SourceReader files, Diagnostics loading) {
        Path configFile = request.layout().ismsDir().resolve("isms.yaml");
        String configPath = files.relativePath(configFile);
        Diagnostics diagnostics = new Diagnostics();
        ChangeReport review;
        try {
            BranchChanges changes = BranchChanges.read(request.layout().documentsDir(), configFile, request.base());
            IsmsConfig base = changes.configAtBase()
                    .map(text -> ConfigReader.read(new SourceFile(configFile, configPath, text), new Diagnostics()))
                    .orElse(project.config());
            if (!changes.configsElsewhereAtBase().isEmpty()) {
                // The ISMS existed at the base, elsewhere: the branch's own isms.yaml must not name its approvers.
                base = withoutPeople(base);
                diagnostics.report(Code.REVIEW_ISMS_MOVED, SourcePosition.file(configPath), "isms:review: at the merge-base "
                        + "there was no isms.yaml here but " + String.join(", ", changes.configsElsewhereAtBase())
                        + ": the approvers in force before this change can not be established; move the ISMS folder in a "
                        + "pull request of its own, changing no document");
            }
            VersionRules rules = new VersionRules(request.requireVersionBump(), diagnostics);
            Set<String> touched = new HashSet<>();
            List<ChangedDocument> documents = new ArrayList<>();
            for (BranchChanges.Change change : changes.changes()) {
                BranchChanges.Side side = change.after() != null ? change.after() : change.before();
                String path = files.relativePath(request.layout().documentsDir().resolve(side.relativePath()));
                touched.add(path);
                documents.add(judge(change, project, base, positionOf(project, change.id(), path), rules, diagnostics));
            }
            if (changes.configChanged()) {
                touched.add(configPath);
            }
            loading.all().stream().filter(d -> touched.contains(d.position().path())).forEach(d -> diagnostics
                    .report(d.severity(), d.code(), d.position(), d.message()));
            review = new ChangeReport(changes.base(), changes.baseCommit(), changes.mergeBase(), changes.head(),
                    changes.uncommitted(), changes.configChanged(), documents, null);
        } catch (BaseUnavailableException e) {
            Code code = e.reason() == BaseUnavailableException.Reason.SHALLOW ? Code.HISTORY_SHALLOW
                    : Code.REVIEW_BASE_NOT_FOUND;
            diagnostics.report(code, SourcePosition.file(configPath), "isms:review: " + e.getMessage());
            review = ChangeReport.unavailable(request.base(), e.getMessage());
        }
        List<Diagnostic> problems = diagnostics.all();
        // The comment speaks the site's language, as the pages the reviewers will read do.
        write(request.outputDir(), review, problems, SiteInputs.labelsOf(project).site());
        return new ChangeReportResult(new CheckResult(project, problems, notes(review, request.outputDir())), review);
    }

    private static ChangedDocument judge(BranchChanges.Change change, IsmsProject project, IsmsConfig base,
            SourcePosition at, VersionRules rules, Diagnostics diagnostics) {
        ControlKeys before = change.before() == null ? null : change.before().frontMatter().orElse(null);
        ControlKeys after = change.after() == null ? null : change.after().frontMatter().orElse(null);
        ChangeKind kind = kind(change, before, after);
        // Before the change its own roles govern; a new document needs the roles it names.
        List<String> required = approverRoles(before != null ? before : after, base);
        List<String> proposed = after == null ? required : approverRoles(after, project.config());
        VersionBump bump;
        String redline = "";
        if (kind == ChangeKind.DELETED) {
            bump = VersionBump.REMOVED;
            diagnostics.report(Code.DOCUMENT_DELETED, at, change.id() + ": this pull request deletes the document; "
                    + "to withdraw it, set status: retired and raise the version, so it stays published as retired");
        } else if (kind == ChangeKind.ADDED) {
            bump = VersionBump.NEW;
            redline = Redline.html("", change.after().text());
        } else {
            // Moving only reviewed: records a periodic review of unchanged content; it keeps the version.
            boolean contentChanged = change.edited() && !before.sameSubstanceAs(after);
            bump = rules.judge(change.id(), before.version(), after == null ? null : after.version(), contentChanged, at);
            redline = change.edited() ? Redline.html(change.before().text(), change.after().text()) : "";
        }
        ControlKeys named = after != null ? after : before;
        String title = named.title() != null ? named.title() : before != null ? before.title() : "";
        List<RequiredApproval> approvals = required.stream()
                .map(role -> required(role, base)).toList();
        BranchChanges.Side side = change.after() != null ? change.after() : change.before();
        return new ChangedDocument(change.id(), title, kind, side.path(),
                change.before() == null ? null : change.before().path(), before == null ? null : before.version(),
                after == null ? null : after.version(), bump, change.edited(), approvals, proposed, redline);
    }

    private static ChangeKind kind(BranchChanges.Change change, ControlKeys before, ControlKeys after) {
        if (change.before() == null) {
            return ChangeKind.ADDED;
        }
        if (change.after() == null) {
            return ChangeKind.DELETED;
        }
        if (after != null && "retired".equals(after.status()) && !"retired".equals(before.status())) {
            return ChangeKind.RETIRED;
        }
        return change.before().path().equals(change.after().path()) ? ChangeKind.MODIFIED : ChangeKind.RENAMED;
    }

    /** The configuration with every role held by nobody: no one the branch names counts as an approver. */
    private static IsmsConfig withoutPeople(IsmsConfig config) {
        Map<String, List<String>> nobody = new LinkedHashMap<>();
        config.roles().keySet().forEach(role -> nobody.put(role, List.of()));
        return new IsmsConfig(config.organization(), config.framework(), config.catalogs(), nobody,
                config.classifications(), config.defaults(), config.approval(), config.site(), config.source(),
                config.people());
    }

    /** A role and its people as at the base, each with the logins people: gives them there. */
    private static RequiredApproval required(String role, IsmsConfig base) {
        List<String> people = base.roles().getOrDefault(role, List.of());
        return new RequiredApproval(role, people, people.stream()
                .map(email -> base.member(email).map(m -> new Member(email, m.name(), m.github(), m.gitlab()))
                        .orElse(new Member(email, null, null, null)))
                .toList());
    }

    /** The roles the front matter names, else the defaults of {@code config}. */
    private static List<String> approverRoles(ControlKeys frontMatter, IsmsConfig config) {
        return frontMatter.approvers().isEmpty() ? config.defaults().approvers() : frontMatter.approvers();
    }

    /** A finding about a document points at its version line; a deleted one at the top of the file it was. */
    private static SourcePosition positionOf(IsmsProject project, String id, String path) {
        return project.documents().stream().filter(d -> d.id().equals(id) && d.path().equals(path)).findFirst()
                .map(d -> d.positionOf("version")).orElse(SourcePosition.file(path));
    }

    private static List<String> notes(ChangeReport review, Path outputDir) {
        if (!review.available()) {
            return List.of("isms:review: " + review.unavailable());
        }
        return List.of("isms:review: " + review.documents().size() + " document change(s) against " + review.base()
                + " (merge-base " + review.mergeBase().substring(0, 12) + "); the comment to post is "
                + outputDir.resolve("review.md"));
    }

    /** Each file is written beside its place and renamed over it: readers never see half of one. */
    private static void write(Path outputDir, ChangeReport review, List<Diagnostic> problems, Labels words) {
        try {
            Files.createDirectories(outputDir);
            replace(outputDir.resolve("review.md"), ChangeReportMarkdown.render(review, problems, words));
            replace(outputDir.resolve("review.json"), ChangeReportJson.render(review, problems));
            DiagnosticsJson.write(problems, outputDir.resolve("diagnostics.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("can not write the review into " + outputDir, e);
        }
    }

    private static void replace(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
