package io.github.isms.template;

import io.github.isms.model.Document;
import io.github.isms.model.IsmsConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a document body may use: {@code org}, {@code doc}, {@code roles} and {@code isms}.
 * Only unmodifiable maps, lists and strings go in, so a template sees values and never a model
 * object whose methods it could call. An absent optional value is the empty string, which a
 * template can test with {@code {% if doc.effective %}}.
 */
public final class PlaceholderContext {

    private PlaceholderContext() {
    }

    public static Map<String, Object> of(IsmsConfig config, Document doc) {
        return Map.of(
                "org", organization(config),
                "doc", document(doc),
                "roles", roles(config),
                "isms", Map.of(
                        "framework", text(config.framework()),
                        "classifications", List.copyOf(config.classifications())));
    }

    private static Map<String, Object> organization(IsmsConfig config) {
        return Map.of(
                "name", text(config.organization().name()),
                "logo", text(config.organization().logo()));
    }

    private static Map<String, Object> document(Document doc) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", doc.id());
        values.put("title", doc.title());
        values.put("type", doc.type().key());
        values.put("version", doc.versionText());
        values.put("owner", text(doc.owner()));
        values.put("approvers", List.copyOf(doc.approvers()));
        values.put("classification", text(doc.classification()));
        values.put("review", doc.review() == null ? "" : doc.review().text());
        values.put("effective", doc.effective() == null ? "" : doc.effective().toString());
        values.put("status", doc.retired() ? "retired" : "active");
        values.put("controls", doc.controlIds());
        values.put("clauses", doc.clauseIds());
        values.put("distribution", List.copyOf(doc.distribution()));
        values.put("retention", text(doc.retention()));
        values.put("language", text(doc.language()));
        values.put("tags", List.copyOf(doc.tags()));
        return java.util.Collections.unmodifiableMap(values);
    }

    private static Map<String, Object> roles(IsmsConfig config) {
        Map<String, Object> roles = new LinkedHashMap<>();
        config.roles().forEach((role, people) -> roles.put(role, List.copyOf(people)));
        return java.util.Collections.unmodifiableMap(roles);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
