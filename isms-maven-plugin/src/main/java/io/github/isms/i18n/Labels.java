package io.github.isms.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of one language: every label the site and the PDFs print, by key. A key that is not
 * there is a bug in a layout, never a blank on a page, so {@link #get} refuses it.
 */
public final class Labels {

    /** The languages with a complete bundle; the first is the default and the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "nl", "de", "fr");

    private static final String BUNDLE = "io/github/isms/i18n/labels_";

    /*
     * The built-in words come from the plugin's jar and never change while it runs, but every build
     * (isms:serve's rebuilds too) asked for them again: each tag's labels are read once per JVM.
     */
    private static final Map<String, Labels> BUILT_IN = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, String> words;
    private final DateTimeFormatter dates;

    private Labels(String language, Map<String, String> words) {
        this.language = language;
        this.words = Map.copyOf(words);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language));
    }

    /** Whether {@code language} (a tag such as {@code de} or {@code de-CH}) has a bundle of its own. */
    public static boolean supported(String language) {
        return language != null && LANGUAGES.contains(base(language));
    }

    /**
     * The built-in words of {@code language}; a regional tag ({@code de-CH}) reads its language's bundle, a
     * language without a bundle reads English. The tag itself is kept, so dates follow the region.
     */
    public static Labels builtIn(String language) {
        String tag = language == null || language.isBlank() ? LANGUAGES.get(0) : language;
        return BUILT_IN.computeIfAbsent(tag, t -> new Labels(t, bundle(supported(t) ? base(t) : LANGUAGES.get(0))));
    }

    /** The bundle of one supported language as written, key by key (a copy: the caller may change it). */
    public static Map<String, String> bundle(String language) {
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(BUNDLE + language + ".properties")) {
            if (in == null) {
                throw new IllegalArgumentException("no label bundle for " + language);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A properties file (UTF-8, as every ISMS file is) as a map, in key order. */
    public static Map<String, String> read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }

    /** The same words with some replaced, as a theme's {@code labels_<lang>.properties} says; unknown keys are ignored. */
    public Labels with(Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        Map<String, String> merged = new TreeMap<>(words);
        overrides.forEach((k, v) -> merged.computeIfPresent(k, (key, old) -> v));
        return new Labels(language, merged);
    }

    /** The language tag these labels are for, as the {@code lang} attribute and the PDF's {@code /Lang} carry it. */
    public String language() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /**
     * The label under {@code key}, with {@code {0}}, {@code {1}}, ... replaced by {@code args} (plain
     * replacement, so an apostrophe in French needs no quoting).
     *
     * @throws IllegalArgumentException when no label has that key
     */
    public String get(String key, Object... args) {
        String text = words.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no label '" + key + "' in " + language);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    public boolean has(String key) {
        return words.containsKey(key);
    }

    /**
     * A date as readers of this language write it ({@code 5 december 2026}, {@code 5. Dezember 2026}); text
     * that does not start with an ISO date ({@code 2026-12-05}, perhaps followed by a time) is returned as it is.
     */
    public String date(String iso) {
        if (iso == null || iso.length() < 10) {
            return iso == null ? "" : iso;
        }
        try {
            return dates.format(LocalDate.parse(iso.substring(0, 10))) + iso.substring(10);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String base(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
