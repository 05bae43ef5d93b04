package io.github.isms.catalog;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.diag.SourcePosition;
import io.github.isms.history.ControlKeys;
import io.github.isms.model.IsmsConfig;
import io.github.isms.model.IsmsProject;
import io.github.isms.model.Version;
import io.github.isms.source.SourceReader;
import io.github.isms.source.YamlMapping;
import io.github.isms.source.YamlParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code soa.yaml}:
 * <pre>
 * version: 1.2          # the SoA is a controlled document: its own version, owner and approvers
 * owner: CISO           # default: isms.yaml defaults.owner
 * approvers: [CEO]      # default: isms.yaml defaults.approvers
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
    static final List<String> KEYS = List.of("version", "owner", "approvers", "controls");

    private SoaReader() {
    }

    public static Soa read(IsmsProject project, Diagnostics diagnostics) {
        SourceReader reader = new SourceReader(project.projectDir(), project.ismsDir(), SourceReader.DEFAULT_MAX_BYTES);
        Path file = project.ismsDir().resolve("soa.yaml");
        String path = reader.relativePath(file);
        boolean requireJustification = requireJustification(project, reader, diagnostics);
        IsmsConfig config = project.config();
        if (!Files.isRegularFile(file)) {
            return new Soa(path, false, List.of(), null, config.defaults().owner(), config.defaults().approvers(),
                    SourcePosition.file(path), requireJustification);
        }
        Optional<YamlMapping> yaml = reader.read(file, diagnostics)
                .flatMap(source -> YamlParser.parseMapping(source.text(), source.relativePath(), 1, diagnostics));
        if (yaml.isEmpty()) {
            return new Soa(path, true, List.of(), null, config.defaults().owner(), config.defaults().approvers(),
                    SourcePosition.file(path), requireJustification);
        }
        yaml.get().warnUnknownKeys(KEYS, "soa.yaml");
        Optional<Located<String>> version = yaml.get().string("version");
        version.ifPresent(v -> {
            if (Version.parse(v.value()).isEmpty()) {
                diagnostics.report(Code.VERSION_FORMAT, v.at(), "soa.yaml version '" + v.value() + "' is not major.minor (e.g. 1.0)");
            }
        });
        Optional<Located<String>> owner = yaml.get().string("owner");
        owner.filter(o -> !config.hasRole(o.value())).ifPresent(o -> diagnostics.report(Code.ROLE_UNKNOWN, o.at(),
                "soa.yaml owner '" + o.value() + "' is not a role of isms.yaml (roles: " + config.roles().keySet() + ")"));
        Optional<List<Located<String>>> approvers = yaml.get().strings("approvers");
        approvers.ifPresent(list -> list.stream().filter(a -> !config.hasRole(a.value())).forEach(a -> diagnostics.report(
                Code.ROLE_UNKNOWN, a.at(), "soa.yaml approver '" + a.value() + "' is not a role of isms.yaml (roles: "
                        + config.roles().keySet() + ")")));
        List<SoaEntry> entries = new ArrayList<>();
        yaml.get().mapping("controls").ifPresent(controls -> {
            for (String id : controls.keys()) {
                Located<String> controlId = new Located<>(id, controls.keyPosition(id));
                // A bare "A.5.1:" says nothing beyond the defaults; a scalar is reported as the wrong type.
                entries.add(controls.mapping(id).map(e -> entry(controlId, e, diagnostics))
                        .orElse(new SoaEntry(id, true, null, Optional.empty(), null, controlId.at())));
            }
        });
        return new Soa(path, true, entries, version.map(Located::value).orElse(null),
                owner.map(Located::value).orElse(config.defaults().owner()),
                approvers.map(list -> list.stream().map(Located::value).toList()).orElse(config.defaults().approvers()),
                version.map(Located::at).orElse(SourcePosition.file(path)), requireJustification);
    }

    /**
     * soa.yaml's own control keys as the document-control record reads them at every commit: the
     * version and the approver roles (empty: isms.yaml's defaults), under the id {@link Soa#ID}.
     * Empty when the content is not a YAML mapping; history calls this from several threads.
     */
    public static Optional<ControlKeys> controlKeys(byte[] content) {
        Diagnostics ignored = new Diagnostics();
        return YamlParser.parseMapping(new String(content, StandardCharsets.UTF_8), "soa.yaml", 1, ignored)
                .map(yaml -> new ControlKeys(Soa.ID, yaml.string("version").map(Located::value).orElse(null), Soa.TITLE,
                        null, yaml.strings("approvers").map(list -> list.stream().map(Located::value).toList())
                                .orElse(List.of())));
    }

    /** isms.yaml's {@code soa: {requireJustification: true}}; isms.yaml's own problems are reported where it is read. */
    private static boolean requireJustification(IsmsProject project, SourceReader reader, Diagnostics diagnostics) {
        Path file = project.ismsDir().resolve("isms.yaml");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Diagnostics ignored = new Diagnostics();
        return reader.read(file, ignored).flatMap(s -> YamlParser.parseMapping(s.text(), s.relativePath(), 1, ignored))
                .flatMap(config -> config.mapping("soa")).map(soa -> {
                    return soa.string("requireJustification").map(value -> {
                        String v = value.value().toLowerCase(Locale.ROOT);
                        if (!v.equals("true") && !v.equals("false")) {
                            diagnostics.report(Code.KEY_TYPE, value.at(), "soa.requireJustification must be true or false, not '"
                                    + value.value() + "'");
                        }
                        return v.equals("true");
                    }).orElse(false);
                }).orElse(false);
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
        return new SoaEntry(id.value(), applicable, justification, status, notes, id.at(), e.has("status"));
    }
}
