package io.github.isms.catalog;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.model.IsmsProject;
import io.github.isms.source.SourceReader;
import io.github.isms.source.YamlMapping;
import io.github.isms.source.YamlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code soa.yaml}:
 * <pre>
 * controls:
 *   A.5.1: {status: implemented}
 *   A.7.4:
 *     applicable: false
 *     justification: Offices have no server rooms; the cloud providers' controls are relied on.
 * </pre>
 * The rules about one entry are checked here; those that need the catalogs and the documents
 * (unknown ids, excluded yet implemented) are in {@code check.SoaRules}.
 */
public final class SoaReader {

    static final List<String> ENTRY_KEYS = List.of("applicable", "justification", "status", "notes");

    private SoaReader() {
    }

    public static Soa read(IsmsProject project, Diagnostics diagnostics) {
        SourceReader reader = new SourceReader(project.projectDir(), project.ismsDir(), SourceReader.DEFAULT_MAX_BYTES);
        Path file = project.ismsDir().resolve("soa.yaml");
        String path = reader.relativePath(file);
        if (!Files.isRegularFile(file)) {
            return new Soa(path, false, List.of());
        }
        Optional<YamlMapping> yaml = reader.read(file, diagnostics)
                .flatMap(source -> YamlParser.parseMapping(source.text(), source.relativePath(), 1, diagnostics));
        if (yaml.isEmpty()) {
            return new Soa(path, true, List.of());
        }
        yaml.get().warnUnknownKeys(List.of("controls"), "soa.yaml");
        List<SoaEntry> entries = new ArrayList<>();
        yaml.get().mapping("controls").ifPresent(controls -> {
            for (String id : controls.keys()) {
                Located<String> controlId = new Located<>(id, controls.keyPosition(id));
                // A bare "A.5.1:" says nothing beyond the defaults; a scalar is reported as the wrong type.
                entries.add(controls.mapping(id).map(e -> entry(controlId, e, diagnostics))
                        .orElse(new SoaEntry(id, true, null, Optional.empty(), null, controlId.at())));
            }
        });
        return new Soa(path, true, List.copyOf(entries));
    }

    private static SoaEntry entry(Located<String> id, YamlMapping e, Diagnostics diagnostics) {
        e.warnUnknownKeys(ENTRY_KEYS, "control " + id.value());
        boolean applicable = e.string("applicable").map(a -> {
            String value = a.value().toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                diagnostics.report(Code.KEY_TYPE, a.at(), "applicable must be true or false, not '" + a.value() + "'");
                return true;
            }
            return Boolean.parseBoolean(value);
        }).orElse(true);
        String justification = e.string("justification").map(Located::value).filter(j -> !j.isBlank()).orElse(null);
        if (!applicable && justification == null) {
            diagnostics.report(Code.SOA_JUSTIFICATION_MISSING, id.at(), "control " + id.value()
                    + " is excluded (applicable: false) without a justification; clause 6.1.3 d) requires one");
        }
        Optional<ImplementationStatus> status = e.string("status").flatMap(s -> {
            Optional<ImplementationStatus> parsed = ImplementationStatus.parse(s.value());
            if (parsed.isEmpty()) {
                diagnostics.report(Code.SOA_STATUS_UNKNOWN, s.at(), "status '" + s.value() + "' of control " + id.value()
                        + " is not one of implemented, partial, planned, not-started");
            }
            return parsed;
        });
        String notes = e.string("notes").map(Located::value).orElse(null);
        return new SoaEntry(id.value(), applicable, justification, status, notes, id.at());
    }
}
