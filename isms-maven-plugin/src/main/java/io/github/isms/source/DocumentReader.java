package io.github.isms.source;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.Located;
import io.github.isms.diag.SourcePosition;
import io.github.isms.model.Document;
import io.github.isms.model.DocumentType;
import io.github.isms.model.ExternalSource;
import io.github.isms.model.IsmsConfig;
import io.github.isms.model.ReviewInterval;
import io.github.isms.model.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Turns one Markdown file into a {@link Document}: splits the front matter, reads and types every
 * key, and applies the defaults of isms.yaml. Problems are reported, never thrown; a document whose
 * required keys are missing or invalid is reported and left out, so later checks never see half a document.
 */
public final class DocumentReader {

    static final List<String> REQUIRED = List.of("id", "title", "type", "version");
    static final List<String> KEYS = List.of("id", "title", "type", "version", "owner", "approvers", "classification",
            "review", "effective", "reviewed", "controls", "clauses", "supersedes", "related", "distribution", "retention",
            "language", "tags", "status", "source", "issuer", "translation-of", "acknowledge");

    /** Keys whose absence isms.yaml's defaults fill. */
    private static final List<String> DEFAULTED = List.of("owner", "approvers", "classification", "review");

    private final IsmsConfig config;
    private final Diagnostics diagnostics;

    public DocumentReader(IsmsConfig config, Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
    }

    public Optional<Document> read(SourceFile file, String relativePath) {
        Optional<FrontMatter> split = FrontMatter.split(file, diagnostics);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        Optional<YamlMapping> parsed = YamlParser.parseMapping(fm.yaml(), file.relativePath(), fm.yamlFirstLine(), diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping yaml = parsed.get();
        yaml.warnUnknownKeys(KEYS, "front matter");
        for (String key : KEYS) {
            if (!REQUIRED.contains(key)) {
                yaml.removeTodo(key).ifPresent(at -> diagnostics.report(Code.FRONT_MATTER_TODO, at, "'" + key
                        + "' is still TODO; fill it in" + (DEFAULTED.contains(key) ? " (until then the default of isms.yaml applies)" : "")));
            }
        }

        Optional<Located<String>> id = yaml.requiredString("id", "front matter");
        Optional<Located<String>> title = yaml.requiredString("title", "front matter");
        Optional<DocumentType> type = yaml.requiredString("type", "front matter").flatMap(this::type);
        Optional<Located<String>> versionText = yaml.requiredString("version", "front matter");
        Optional<Version> version = versionText.flatMap(this::version);
        id.ifPresent(this::checkId);

        String owner = yaml.string("owner").map(Located::value).orElse(config.defaults().owner());
        Optional<List<Located<String>>> approverItems = yaml.strings("approvers");
        List<String> approvers = approverItems.map(DocumentReader::values).orElse(config.defaults().approvers());
        String classification = yaml.string("classification").map(c -> c.value().toLowerCase(Locale.ROOT))
                .orElse(config.defaults().classification());
        ReviewInterval review = yaml.string("review").flatMap(r -> ConfigReader.interval(r, diagnostics))
                .orElse(config.defaults().review());
        LocalDate effective = yaml.string("effective").flatMap(this::date).orElse(null);
        LocalDate reviewed = yaml.string("reviewed").flatMap(this::date).orElse(null);
        boolean retired = yaml.string("status").map(this::status).orElse(false);
        ExternalSource external = yaml.has("source") || yaml.has("issuer")
                ? new ExternalSource(yaml.string("source").map(Located::value).orElse(null),
                        yaml.string("issuer").map(Located::value).orElse(null))
                : null;
        // Every key is read before deciding, so one missing key never hides a problem in another.
        List<Located<String>> controls = yaml.strings("controls").orElse(List.of());
        List<Located<String>> clauses = yaml.strings("clauses").orElse(List.of());
        List<Located<String>> supersedes = yaml.strings("supersedes").orElse(List.of());
        List<Located<String>> related = yaml.strings("related").orElse(List.of());
        List<String> distribution = yaml.strings("distribution").map(DocumentReader::values).orElse(List.of());
        String retention = yaml.string("retention").map(Located::value).orElse(null);
        String language = yaml.string("language").flatMap(l -> ConfigReader.language(l, "language", diagnostics))
                .orElse(config.site().language());
        Located<String> translationOf = yaml.string("translation-of").orElse(null);
        List<String> tags = yaml.strings("tags").map(DocumentReader::values).orElse(List.of());
        List<Located<String>> acknowledge = yaml.strings("acknowledge").orElse(List.of());
        acknowledge.forEach(a -> knownAudience(a));

        if (id.isEmpty() || title.isEmpty() || type.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        yaml.keys().forEach(k -> positions.put(k, yaml.valuePosition(k)));
        List<Located<String>> items = approverItems.orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            positions.put(Document.itemKey("approvers", i), items.get(i).at());
        }
        return Optional.of(new Document(
                id.get().value(), title.get().value(), type.get(), version.get(), versionText.get().value(),
                owner, approvers, classification, review, effective, reviewed, controls, clauses, supersedes, related,
                distribution, retention, language, translationOf, tags,
                retired, external, fm.body(), file.relativePath(), relativePath, fm.bodyFirstLine(),
                Map.copyOf(positions), acknowledge));
    }

    private static List<String> values(List<Located<String>> items) {
        return items.stream().map(Located::value).toList();
    }

    private Optional<DocumentType> type(Located<String> text) {
        Optional<DocumentType> type = DocumentType.parse(text.value());
        if (type.isEmpty()) {
            diagnostics.report(Code.TYPE_UNKNOWN, text.at(), "unknown document type '" + text.value() + "'; use one of "
                    + String.join(", ", java.util.Arrays.stream(DocumentType.values()).map(DocumentType::key).toList()));
        }
        return type;
    }

    private Optional<Version> version(Located<String> text) {
        Optional<Version> version = Version.parse(text.value());
        if (version.isEmpty()) {
            diagnostics.report(Code.VERSION_FORMAT, text.at(), "version '" + text.value()
                    + "' is not major.minor (for example 1.0 or 2.10)");
        }
        return version;
    }

    private void checkId(Located<String> id) {
        if (!Values.isId(id.value())) {
            diagnostics.report(Code.ID_FORMAT, id.at(), "id '" + id.value()
                    + "' may hold only letters, digits, '.', '-' and '_' (for example POL-005)");
        }
    }

    private Optional<LocalDate> date(Located<String> text) {
        return Values.date(text, diagnostics);
    }

    private void knownAudience(Located<String> audience) {
        if (!config.acknowledgement().audiences().containsKey(audience.value())) {
            Set<String> defined = config.acknowledgement().audiences().keySet();
            diagnostics.report(Code.AUDIENCE_UNKNOWN, audience.at(), "acknowledge: audience '" + audience.value()
                    + "' is not defined under audiences: in isms.yaml"
                    + (defined.isEmpty() ? "" : " (defined: " + String.join(", ", defined) + ")"));
        }
    }

    private boolean status(Located<String> status) {
        String value = status.value().toLowerCase(Locale.ROOT);
        if (!value.equals("retired") && !value.equals("active")) {
            diagnostics.report(Code.STATUS_UNKNOWN, status.at(), "status '" + status.value() + "' is not 'active' or 'retired'");
        }
        return value.equals("retired");
    }
}
