package io.github.isms.wordimport;

import io.github.isms.model.DocumentType;
import io.github.isms.model.IsmsConfig;
import io.github.isms.model.ReviewInterval;
import io.github.isms.source.Values;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front matter of an imported document, from what the Word file says: its control table
 * first, then its properties (title, identifier, category, a "Classification" property). A value
 * that can not be recognised as valid front matter is written {@code TODO}, which isms:check reports
 * until someone fills it in; the four required keys are never TODO (the document would not load),
 * they are guessed and the guess is reported.
 *
 * @param yaml    the front matter lines, without the {@code ---} fences
 * @param id      the document id
 * @param title   the title
 * @param guessed one sentence per required value that was guessed
 */
record FrontMatterDraft(String yaml, String id, String title, List<String> guessed) {

    /** The values a Word document offers, by front matter key; absent keys are unknown. */
    record Found(Map<String, String> control, Map<String, String> properties, String firstHeading, String fileName) {
    }

    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})(?:\\.(\\d{1,4}))?");
    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,3})\\s*(day|week|month|year)s?");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d.M.uuuu"));

    static FrontMatterDraft of(Found found, IsmsConfig config) {
        List<String> guessed = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>(found.properties());
        values.putAll(found.control());

        String id = Optional.ofNullable(values.get("id")).map(String::strip).filter(Values::isId).orElse(null);
        if (id == null) {
            id = idFromFileName(found.fileName());
            guessed.add("id '" + id + "' is made from the file name" + (values.containsKey("id")
                    ? " ('" + values.get("id") + "' in the document is no valid id)" : ""));
        }
        String title = values.get("title");
        if (title == null || title.isBlank()) {
            title = found.firstHeading() != null ? found.firstHeading() : found.fileName().replaceFirst("\\.[^.]*$", "");
            guessed.add("title '" + title + "' is taken from " + (found.firstHeading() != null ? "the first heading" : "the file name"));
        }
        String words = title + " " + id;
        String type = type(values.get("type")).or(() -> typeFromWords(words)).orElse(null);
        if (type == null) {
            type = DocumentType.POLICY.key();
            guessed.add("type 'policy' is a guess: neither the document nor its title names a type");
        }
        String version = version(values.get("version")).orElse(null);
        if (version == null) {
            version = "0.1";
            guessed.add("version '0.1' is a guess: the document names " + (values.containsKey("version")
                    ? "'" + values.get("version") + "', which is no version" : "no version"));
        }

        StringBuilder yaml = new StringBuilder();
        line(yaml, "id", id);
        line(yaml, "title", title);
        line(yaml, "type", type);
        line(yaml, "version", version);
        line(yaml, "owner", role(values.get("owner"), config).orElse(null));
        List<String> approvers = roles(values.get("approvers"), config);
        if (approvers.isEmpty()) {
            line(yaml, "approvers", null);
        } else {
            yaml.append("approvers: [").append(String.join(", ", approvers.stream().map(FrontMatterDraft::quoted).toList())).append("]\n");
        }
        line(yaml, "classification", classification(values.get("classification"), config).orElse(null));
        line(yaml, "effective", date(values.get("effective")).map(LocalDate::toString).orElse(null));
        line(yaml, "review", interval(values.get("review")).orElse(null));
        return new FrontMatterDraft(yaml.toString(), id, title, List.copyOf(guessed));
    }

    /** A value, or TODO when it is not known. */
    private static void line(StringBuilder yaml, String key, String value) {
        yaml.append(key).append(": ").append(value == null ? "TODO" : quoted(value)).append('\n');
    }

    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String idFromFileName(String fileName) {
        String base = fileName.replaceFirst("\\.[^.]*$", "").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9._-]+", "-")
                .replaceAll("^[-._]+|[-._]+$", "");
        return base.isEmpty() ? "IMPORTED" : base;
    }

    private static Optional<String> type(String text) {
        return text == null ? Optional.empty() : DocumentType.parse(text).map(DocumentType::key).or(() -> typeFromWords(text));
    }

    private static Optional<String> typeFromWords(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (DocumentType type : DocumentType.values()) {
            if (type != DocumentType.EXTERNAL && Pattern.compile("\\b" + type.key() + "\\b").matcher(lower).find()) {
                return Optional.of(type.key());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> version(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1)) + "." + (m.group(2) == null ? "0" : Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** The isms.yaml role a value names: the role itself, or a role named as a word in it ("Jane Doe (CISO)"). */
    private static Optional<String> role(String text, IsmsConfig config) {
        if (text == null || config == null) {
            return Optional.empty();
        }
        for (String role : config.roles().keySet()) {
            if (text.strip().equalsIgnoreCase(role)
                    || Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(role) + "(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE).matcher(text).find()) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static List<String> roles(String text, IsmsConfig config) {
        if (text == null) {
            return List.of();
        }
        List<String> roles = new ArrayList<>();
        for (String part : text.split("[,;/\\n]|\\band\\b")) {
            role(part, config).filter(r -> !roles.contains(r)).ifPresent(roles::add);
        }
        return roles;
    }

    private static Optional<String> classification(String text, IsmsConfig config) {
        if (text == null || config == null) {
            return Optional.empty();
        }
        return config.classifications().stream().filter(c -> c.equalsIgnoreCase(text.strip())).findFirst();
    }

    static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            // not ISO; try the ways documents write dates (never d/M or M/d: 03/04 means two dates)
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return Optional.empty();
    }

    private static Optional<String> interval(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.matches(".*\\b(annual|annually|yearly|every year|once a year)\\b.*")) {
            return Optional.of("12 months");
        }
        if (lower.matches(".*\\b(quarterly|every quarter)\\b.*")) {
            return Optional.of("3 months");
        }
        if (lower.matches(".*\\b(half-yearly|semi-annual|semi-annually|biannual)\\b.*")) {
            return Optional.of("6 months");
        }
        Matcher m = INTERVAL.matcher(lower);
        if (m.find() && Integer.parseInt(m.group(1)) > 0) {
            String written = m.group(1) + " " + m.group(2) + (m.group(1).equals("1") ? "" : "s");
            return ReviewInterval.parse(written).map(r -> written);
        }
        return Optional.empty();
    }
}
