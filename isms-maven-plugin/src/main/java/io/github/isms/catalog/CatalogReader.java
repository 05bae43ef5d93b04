package io.github.isms.catalog;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.source.YamlMapping;
import io.github.isms.source.YamlParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a catalog file, the same format for the shipped ISO catalogs and an organisation's own:
 * <pre>
 * catalog: nis2                      # the catalog's id
 * title: NIS2 Article 21 measures
 * groups:
 *   "21.2":
 *     title: Cybersecurity risk-management measures
 *     titles: {nl: ..., de: ...}     # optional: the title in other languages
 *     objectives: {...}              # optional: objective id to title (2013 Annex A has them)
 *     controls:
 *       NIS2-21.2.a: Policies on risk analysis and information system security
 *       NIS2-21.2.b:                 # a control with titles in other languages
 *         title: Incident handling
 *         titles: {nl: Incidentafhandeling, de: Bewältigung von Sicherheitsvorfällen}
 * </pre>
 * Every problem is a diagnostic at the file's line; a control's objective is the longest
 * objective id its own id starts with.
 */
public final class CatalogReader {

    /** Control ids become file names ({@code controls/<id>.html}) and {@code [[id]]} references. */
    static final Pattern CONTROL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** A language tag as pages and PDFs name languages: {@code nl}, {@code de}, {@code pt-BR}. */
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private CatalogReader() {
    }

    public static Optional<Catalog> read(String text, String path, Diagnostics diagnostics) {
        return read(text, path, new HashMap<>(), diagnostics);
    }

    /**
     * @param definedBy control ids that earlier catalogs define, to where they are defined; this
     *                  catalog's ids are added, so an id is never defined twice across an ISMS
     */
    public static Optional<Catalog> read(String text, String path, Map<String, String> definedBy, Diagnostics diagnostics) {
        Optional<YamlMapping> parsed = YamlParser.parseMapping(text, path, 1, diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping yaml = parsed.get();
        yaml.warnUnknownKeys(List.of("catalog", "title", "groups"), "a catalog");
        Optional<Located<String>> id = yaml.requiredString("catalog", "a catalog (its id)");
        String title = yaml.string("title").map(Located::value).orElse(id.map(Located::value).orElse(path));
        Optional<YamlMapping> groups = yaml.mapping("groups");
        if (groups.isEmpty() || groups.get().keys().isEmpty()) {
            diagnostics.report(Code.CATALOG_INVALID, yaml.keyPosition("groups"),
                    "a catalog needs 'groups:', each with a title and its 'controls:' (id: title)");
            return Optional.empty();
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        List<ControlGroup> result = new ArrayList<>();
        for (String groupId : groups.get().keys()) {
            groups.get().mapping(groupId).ifPresentOrElse(
                    group -> result.add(group(id.get().value(), groupId, group, definedBy, diagnostics)),
                    () -> diagnostics.report(Code.CATALOG_INVALID, groups.get().keyPosition(groupId),
                            "group '" + groupId + "' needs a title and 'controls:'"));
        }
        return Optional.of(new Catalog(id.get().value(), title, List.copyOf(result), path));
    }

    private static ControlGroup group(String catalogId, String groupId, YamlMapping group,
                                      Map<String, String> definedBy, Diagnostics diagnostics) {
        group.warnUnknownKeys(List.of("title", "titles", "objectives", "controls"), "group " + groupId);
        String title = group.string("title").map(Located::value).orElse(groupId);
        Map<String, String> objectives = titles(group, "objectives");
        List<String> objectiveIds = objectives.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<Control> controls = new ArrayList<>();
        Optional<YamlMapping> entries = group.mapping("controls");
        if (entries.isEmpty() || entries.get().keys().isEmpty()) {
            diagnostics.report(Code.CATALOG_INVALID, group.keyPosition("controls"),
                    "group '" + groupId + "' has no controls; list them under 'controls:' as id: title");
        }
        for (String controlId : entries.map(YamlMapping::keys).orElse(List.of())) {
            Located<String> at = new Located<>(controlId, entries.get().keyPosition(controlId));
            Optional<YamlMapping> translated = entries.get().isMapping(controlId) ? entries.get().mapping(controlId) : Optional.empty();
            translated.ifPresent(t -> t.warnUnknownKeys(List.of("title", "titles"), "control " + controlId));
            Optional<Located<String>> controlTitle = translated.isPresent()
                    ? translated.get().string("title") : entries.get().string(controlId);
            if (!CONTROL_ID.matcher(controlId).matches()) {
                diagnostics.report(Code.CATALOG_INVALID, at.at(), "control id '" + controlId
                        + "' may only use letters, digits, '.', '-' and '_' (it becomes a page name)");
                continue;
            }
            String earlier = definedBy.putIfAbsent(controlId, at.at().toString());
            if (earlier != null) {
                diagnostics.report(Code.CATALOG_INVALID, at.at(), "control '" + controlId + "' is already defined by " + earlier);
                continue;
            }
            String objective = objectiveIds.stream().filter(o -> controlId.startsWith(o + ".")).findFirst().orElse(null);
            controls.add(new Control(controlId, controlTitle.map(Located::value).orElse(controlId), catalogId, groupId, objective,
                    translated.map(t -> translations(t, diagnostics)).orElse(Map.of())));
        }
        return new ControlGroup(groupId, title, objectives, List.copyOf(controls), translations(group, diagnostics));
    }

    /**
     * The optional {@code titles:} of a group or control: language tag to title. A tag that is not
     * one, or a language without a title, is reported and left out, so the catalog's own title stands in.
     */
    private static Map<String, String> translations(YamlMapping owner, Diagnostics diagnostics) {
        Map<String, String> translations = new LinkedHashMap<>();
        Optional<YamlMapping> titles = owner.mapping("titles");
        for (String language : titles.map(YamlMapping::keys).orElse(List.of())) {
            if (!LANGUAGE.matcher(language).matches()) {
                diagnostics.report(Code.CATALOG_INVALID, titles.get().keyPosition(language), "'" + language
                        + "' under titles: is not a language tag; write the language as nl, de or pt-BR");
                continue;
            }
            titles.get().requiredString(language, "titles").ifPresent(title -> translations.put(language, title.value()));
        }
        return translations;
    }

    /** A mapping of ids to titles, in file order. */
    static Map<String, String> titles(YamlMapping yaml, String key) {
        Map<String, String> titles = new LinkedHashMap<>();
        yaml.mapping(key).ifPresent(m -> m.keys().forEach(k -> titles.put(k, m.string(k).map(Located::value).orElse(k))));
        return titles;
    }
}
