package io.github.isms.changes;

import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.DiagnosticsJson;
import io.github.isms.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** review.json: the same review for tools, with the full redlines and the problems as diagnostics.json has them. */
final class ChangeReportJson {

    private ChangeReportJson() {
    }

    static String render(ChangeReport review, List<Diagnostic> problems) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("base", review.base());
        root.put("baseCommit", review.baseCommit());
        root.put("mergeBase", review.mergeBase());
        root.put("head", review.head());
        root.put("uncommitted", review.uncommitted());
        root.put("configChanged", review.configChanged());
        root.put("unavailable", review.unavailable());
        root.put("documents", review.documents().stream().map(ChangeReportJson::document).toList());
        root.put("errors", problems.stream().filter(Diagnostic::isError).count());
        root.put("warnings", problems.stream().filter(d -> !d.isError()).count());
        root.put("problems", problems.stream().map(DiagnosticsJson::item).toList());
        return JsonWriter.pretty(root);
    }

    private static Map<String, Object> document(ChangedDocument d) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", d.id());
        item.put("title", d.title());
        item.put("change", d.change().word());
        item.put("path", d.path());
        item.put("previousPath", d.previousPath());
        item.put("previousVersion", d.previousVersion());
        item.put("version", d.version());
        item.put("bump", d.bump().word());
        item.put("edited", d.edited());
        item.put("requiredApprovers", d.requiredApprovals().stream()
                .map(ChangeReportJson::approval).toList());
        item.put("proposedApprovers", d.proposedApprovers());
        item.put("approversChanged", d.approversChanged());
        item.put("redline", d.redline());
        return item;
    }

    private static Map<String, Object> approval(RequiredApproval approval) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("role", approval.role());
        item.put("people", approval.people());
        item.put("logins", approval.holders().stream().map(m -> {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("email", m.email());
            person.put("github", m.github());
            person.put("gitlab", m.gitlab());
            return person;
        }).toList());
        return item;
    }
}
