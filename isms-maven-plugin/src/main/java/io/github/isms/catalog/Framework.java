package io.github.isms.catalog;

import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.source.YamlMapping;
import io.github.isms.source.YamlParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One edition of ISO/IEC 27001 as the plugin ships it: Annex A, clauses 4 to 10, and the
 * documented information the edition requires. Read from the plugin's own resources, in the
 * same format as an organisation's catalogs.
 */
public record Framework(Edition edition, Catalog annexA, List<Clause> clauses, List<MandatoryItem> mandatory) {

    public static Framework load(Edition edition) {
        String prefix = edition.resourcePrefix();
        Diagnostics diagnostics = new Diagnostics();
        Catalog annexA = CatalogReader.read(resource(prefix + "-annex-a.yaml"), prefix + "-annex-a.yaml", diagnostics)
                .orElse(null);
        YamlMapping clauseFile = parse(prefix + "-clauses.yaml", diagnostics);
        List<Clause> clauses = CatalogReader.titles(clauseFile, "clauses").entrySet().stream()
                .map(e -> new Clause(e.getKey(), e.getValue())).toList();
        YamlMapping mandatoryFile = parse(prefix + "-mandatory.yaml", diagnostics);
        List<MandatoryItem> mandatory = new ArrayList<>();
        mandatoryFile.mapping("items").ifPresent(items -> items.keys().forEach(name -> items.mapping(name).ifPresent(item ->
                mandatory.add(new MandatoryItem(name,
                        item.string("kind").map(k -> k.value()).orElse("document"),
                        item.strings("refs").orElse(List.of()).stream().map(r -> r.value()).toList(),
                        item.string("extended").map(e -> Boolean.parseBoolean(e.value())).orElse(false),
                        item.string("producedBy").map(p -> p.value()).orElse(null))))));
        failOnProblems(diagnostics);
        return new Framework(edition, annexA, clauses, List.copyOf(mandatory));
    }

    public Optional<Clause> clause(String id) {
        return clauses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The 2013 to 2022 mapping (ISO/IEC 27002:2022 Table B.1): each 2022 control to the 2013
     * controls it continues, in 2022 catalog order; an empty list marks a control new in 2022.
     */
    public static Map<String, List<String>> transitionMapping() {
        Diagnostics diagnostics = new Diagnostics();
        YamlMapping file = parse("iso27001-2013-to-2022.yaml", diagnostics);
        Map<String, List<String>> mapping = new LinkedHashMap<>();
        file.mapOfStringLists("controls").forEach((id, from) ->
                mapping.put(id.value(), from.stream().map(f -> f.value()).toList()));
        failOnProblems(diagnostics);
        return mapping;
    }

    private static YamlMapping parse(String name, Diagnostics diagnostics) {
        return YamlParser.parseMapping(resource(name), name, 1, diagnostics).orElseThrow(() -> broken(diagnostics));
    }

    private static String resource(String name) {
        try (InputStream in = Framework.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin is missing its catalog resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("can not read the catalog resource " + name, e);
        }
    }

    /** A shipped catalog with a problem is a bug in the plugin, not in the user's ISMS. */
    private static void failOnProblems(Diagnostics diagnostics) {
        if (!diagnostics.all().isEmpty()) {
            throw broken(diagnostics);
        }
    }

    private static IllegalStateException broken(Diagnostics diagnostics) {
        return new IllegalStateException("a shipped catalog is broken: "
                + diagnostics.all().stream().map(Diagnostic::format).collect(Collectors.joining("; ")));
    }
}
