package io.github.isms.catalog;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.diag.Severity;
import io.github.isms.diag.SourcePosition;
import io.github.isms.model.IsmsProject;
import io.github.isms.source.SourceFolder;
import io.github.isms.source.SourceReader;
import io.github.isms.source.YamlMapping;
import io.github.isms.source.YamlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads an ISMS's {@link CatalogSet}: the edition its {@code framework:} selects and the catalogs
 * under {@code catalogs:} (paths relative to the ISMS folder). isms.yaml is read again here for
 * the places of those entries, so a missing catalog is reported at the line that names it.
 */
public final class CatalogLoader {

    private CatalogLoader() {
    }

    public static CatalogSet load(IsmsProject project, Diagnostics diagnostics) {
        Edition edition = Edition.of(project.config().framework()).orElse(Edition.ISO27001_2022);
        Framework framework = Framework.load(edition);
        SourceReader reader = new SourceReader(project.projectDir(), project.ismsDir(), SourceReader.DEFAULT_MAX_BYTES);
        Optional<YamlMapping> config = settings(project, reader);
        // What is mandatory follows from isms.yaml; while isms.yaml itself is wrong, gaps would only be noise after its error.
        String configPath = reader.relativePath(project.ismsDir().resolve("isms.yaml"));
        boolean configBroken = diagnostics.all().stream().anyMatch(d -> d.isError() && d.position().path().equals(configPath));
        Optional<Severity> missingMandatory = config.map(c -> missingMandatory(c, diagnostics)).filter(s -> !configBroken)
                .orElse(Optional.empty());

        Map<String, String> definedBy = new HashMap<>();
        framework.annexA().controls().forEach(c -> definedBy.put(c.id(), framework.annexA().title()));
        List<Catalog> custom = new ArrayList<>();
        for (Located<String> entry : config.flatMap(c -> c.strings("catalogs")).orElse(List.of())) {
            Path file = project.ismsDir().resolve(entry.value()).normalize();
            if (new SourceFolder(project.ismsDir()).locate(file).outside()) {
                diagnostics.report(Code.FILE_OUTSIDE_SOURCE, entry.at(), "catalog file '" + entry.value()
                        + "' resolves outside the ISMS source folder; links out of the ISMS are refused");
                continue;
            }
            if (!Files.isRegularFile(file)) {
                diagnostics.report(Code.CATALOG_INVALID, entry.at(), "catalog file '" + entry.value()
                        + "' not found (paths under catalogs: are relative to the ISMS folder)");
                continue;
            }
            reader.read(file, diagnostics)
                    .flatMap(source -> CatalogReader.read(source.text(), source.relativePath(), definedBy, diagnostics))
                    .ifPresent(catalog -> {
                        boolean taken = custom.stream().anyMatch(c -> c.id().equals(catalog.id()))
                                || catalog.id().equalsIgnoreCase(framework.annexA().id());
                        if (taken) {
                            diagnostics.report(Code.CATALOG_INVALID, entry.at(), "catalog id '" + catalog.id()
                                    + "' is already used; give each catalog its own 'catalog:' id");
                        } else {
                            custom.add(catalog);
                        }
                    });
        }
        SourcePosition selectedAt = config.filter(c -> c.has("framework")).map(c -> c.keyPosition("framework"))
                .orElse(project.config().source());
        return new CatalogSet(framework, List.copyOf(custom), missingMandatory, selectedAt);
    }

    /** isms.yaml's problems are reported by the configuration reader; here only its values are wanted. */
    private static Optional<YamlMapping> settings(IsmsProject project, SourceReader reader) {
        Path file = project.ismsDir().resolve("isms.yaml");
        Diagnostics ignored = new Diagnostics();
        return Files.isRegularFile(file)
                ? reader.read(file, ignored).flatMap(s -> YamlParser.parseMapping(s.text(), s.relativePath(), 1, ignored))
                : Optional.empty();
    }

    /** {@code mandatoryDocuments: warning | error | off}; off is for an ISMS that is only being set up. */
    private static Optional<Severity> missingMandatory(YamlMapping config, Diagnostics diagnostics) {
        return config.string("mandatoryDocuments").map(value -> {
            switch (value.value().toLowerCase(Locale.ROOT)) {
                case "warning":
                    return Optional.of(Severity.WARNING);
                case "error":
                    return Optional.of(Severity.ERROR);
                case "off":
                    return Optional.<Severity>empty();
                default:
                    diagnostics.report(Code.KEY_TYPE, value.at(), "mandatoryDocuments must be 'warning' (the default), 'error' or 'off', not '"
                            + value.value() + "'");
                    return Optional.of(Severity.WARNING);
            }
        }).orElse(Optional.of(Severity.WARNING));
    }
}
