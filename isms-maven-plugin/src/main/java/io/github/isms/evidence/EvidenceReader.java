package io.github.isms.evidence;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.diag.SourcePosition;
import io.github.isms.model.IsmsConfig;
import io.github.isms.model.IsmsProject;
import io.github.isms.model.ReviewInterval;
import io.github.isms.source.AssetFiles;
import io.github.isms.source.ConfigReader;
import io.github.isms.source.SourceFolder;
import io.github.isms.source.SourceReader;
import io.github.isms.source.Values;
import io.github.isms.source.YamlMapping;
import io.github.isms.source.YamlParser;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code evidence.yaml} beside isms.yaml:
 * <pre>
 * evidence:
 *   - id: EV-001
 *     controls: [A.8.13]
 *     description: Restore test of the file server backup
 *     owner: CISO                 # a role
 *     frequency: quarterly        # monthly, quarterly, yearly, '6 months', P3M
 *     collected: [2026-01-15, 2026-04-12]
 *     location: evidence/restore-test-2026-04.pdf   # under evidence/, or an https URL
 *     classification: internal    # files are published only up to the site's classification
 * </pre>
 * Every rule about the file is checked here, all problems in one pass; whether the controls exist,
 * and which implemented controls lack evidence, is asked of the catalogs in {@code check.EvidenceRules}.
 */
public final class EvidenceReader {

    public static final String FILE = "evidence.yaml";
    /** Where evidence files lie, relative to the ISMS folder; the site publishes them under the same path. */
    public static final String FOLDER = "evidence";
    static final List<String> ITEM_KEYS = List.of("id", "controls", "description", "owner", "frequency", "collected",
            "location", "classification");

    private final IsmsConfig config;
    private final AssetFiles files;
    private final SourceFolder isms;
    private final LocalDate reference;
    private final Diagnostics diagnostics;

    private EvidenceReader(IsmsProject project, LocalDate reference, Diagnostics diagnostics) {
        this.config = project.config();
        this.isms = new SourceFolder(project.ismsDir());
        this.files = new AssetFiles(isms, FOLDER);
        this.reference = reference;
        this.diagnostics = diagnostics;
    }

    /** The register, freshness judged at {@code reference}; absent when there is no evidence.yaml. */
    public static EvidenceRegister read(IsmsProject project, LocalDate reference, Diagnostics diagnostics) {
        SourceReader reader = new SourceReader(project.projectDir(), project.ismsDir(), SourceReader.DEFAULT_MAX_BYTES);
        Path file = project.ismsDir().resolve(FILE);
        String path = reader.relativePath(file);
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new EvidenceRegister(path, false, List.of(), reference.toString());
        }
        Optional<YamlMapping> yaml = reader.read(file, diagnostics)
                .flatMap(source -> YamlParser.parseMapping(source.text(), source.relativePath(), 1, diagnostics));
        List<EvidenceItem> items = new ArrayList<>();
        EvidenceReader r = new EvidenceReader(project, reference, diagnostics);
        yaml.ifPresent(y -> {
            y.warnUnknownKeys(List.of("evidence"), FILE);
            y.mappings("evidence").ifPresent(list -> list.forEach(item -> r.item(item).ifPresent(items::add)));
        });
        r.uniqueIds(items);
        return new EvidenceRegister(path, true, items, reference.toString());
    }

    private Optional<EvidenceItem> item(YamlMapping item) {
        item.warnUnknownKeys(ITEM_KEYS, "an item of evidence.yaml");
        Optional<Located<String>> id = item.requiredString("id", "an item of evidence.yaml");
        id.filter(i -> !Values.isId(i.value())).ifPresent(i -> diagnostics.report(Code.ID_FORMAT, i.at(),
                "evidence id '" + i.value() + "' may hold only letters, digits, '.', '-' and '_' (for example EV-001)"));
        List<Located<String>> controls = item.strings("controls").orElse(List.of());
        if (!item.has("controls")) {
            diagnostics.report(Code.KEY_REQUIRED, item.start(), "missing required key 'controls' in an item of evidence.yaml");
        }
        String description = item.string("description").map(Located::value).orElse("");
        Optional<Located<String>> owner = item.string("owner");
        owner.filter(o -> !config.roles().isEmpty() && !config.hasRole(o.value())).ifPresent(o -> diagnostics.report(
                Code.ROLE_UNKNOWN, o.at(), "evidence owner role '" + o.value() + "' is not defined under roles: in isms.yaml"
                        + " (defined: " + String.join(", ", config.roles().keySet()) + ")"));
        Optional<Located<String>> frequencyText = item.requiredString("frequency", "an item of evidence.yaml");
        Optional<ReviewInterval> frequency = frequencyText.flatMap(f -> ConfigReader.interval(f, "evidence frequency", diagnostics));
        List<LocalDate> collected = new ArrayList<>();
        item.strings("collected").orElse(List.of()).forEach(c -> Values.date(c, diagnostics).ifPresent(collected::add));
        collected.sort(null);
        String classification = item.string("classification").map(c -> {
            String value = c.value().toLowerCase(Locale.ROOT);
            if (!config.classifications().contains(value)) {
                diagnostics.report(Code.CLASSIFICATION_UNKNOWN, c.at(), "classification '" + c.value()
                        + "' is not one of the classifications: " + String.join(", ", config.classifications()));
            }
            return value;
        }).orElse(config.defaults().classification());
        Optional<Located<String>> location = item.string("location");
        boolean file = location.map(l -> !l.value().startsWith("https://")).orElse(false);
        location.ifPresent(this::checkLocation);
        if (id.isEmpty() || frequencyText.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> last = collected.isEmpty() ? Optional.empty() : Optional.of(collected.get(collected.size() - 1));
        Optional<LocalDate> due = last.flatMap(l -> frequency.map(f -> f.after(l)));
        boolean stale = frequency.isPresent() && (last.isEmpty() || due.map(reference::isAfter).orElse(false));
        return Optional.of(new EvidenceItem(id.get().value(), controls, description, owner.map(Located::value).orElse(""),
                frequencyText.get().value(), collected.stream().map(LocalDate::toString).toList(),
                location.map(Located::value).orElse(""), file, classification, file && config.publishable(classification),
                last.map(LocalDate::toString).orElse(""), due.map(LocalDate::toString).orElse(""), stale, item.start()));
    }

    /** A URL must be https; a file must be a passive file under evidence/, reached without leaving the ISMS. */
    private void checkLocation(Located<String> location) {
        String value = location.value();
        if (value.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            if (!value.startsWith("https://")) {
                diagnostics.report(Code.EVIDENCE_LOCATION_INVALID, location.at(), "location '" + value
                        + "' is neither an https URL nor a file under evidence/");
            }
            return;
        }
        Path path;
        try {
            path = isms.root().resolve(value);
        } catch (InvalidPathException e) {
            diagnostics.report(Code.EVIDENCE_LOCATION_INVALID, location.at(), "location '" + value + "' is not a valid file path");
            return;
        }
        if (isms.locate(path).outside()) {
            diagnostics.report(Code.FILE_OUTSIDE_SOURCE, location.at(), "location '" + value
                    + "' resolves outside the ISMS source folder; nothing outside the ISMS is published");
            return;
        }
        switch (files.check(path)) {
            case PUBLISHABLE -> { }
            case MISSING -> diagnostics.report(Code.EVIDENCE_LOCATION_INVALID, location.at(), "location '" + value
                    + "' does not exist (a file under evidence/, relative to the ISMS folder)");
            case OUTSIDE -> diagnostics.report(Code.EVIDENCE_LOCATION_INVALID, location.at(), "location '" + value
                    + "' is not under evidence/ (files of evidence lie in " + FOLDER + "/ of the ISMS folder)");
            case REFUSED_TYPE -> diagnostics.report(Code.EVIDENCE_LOCATION_INVALID, location.at(), "location '" + value
                    + "' is of a type that can run script in a browser; publish a PDF, an image, an office document or text");
        }
    }

    private void uniqueIds(List<EvidenceItem> items) {
        Map<String, List<EvidenceItem>> byId = new HashMap<>();
        items.forEach(i -> byId.computeIfAbsent(i.id(), k -> new ArrayList<>()).add(i));
        for (EvidenceItem item : items) {
            List<EvidenceItem> same = byId.get(item.id());
            if (same.size() > 1) {
                SourcePosition other = same.stream().filter(o -> o != item).findFirst().orElseThrow().at();
                diagnostics.report(Code.EVIDENCE_ID_DUPLICATE, item.at(), "evidence id '" + item.id() + "' is also used at " + other);
            }
        }
    }
}
