package io.github.isms.i18n;

import io.github.isms.source.SourceFolder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The labels of every language a build prints: the built-in bundle of each, with the theme's
 * {@code theme/labels_<lang>.properties} over it when the ISMS has one (read through
 * {@link SourceFolder}, so a link out of the ISMS is not followed). The site's language is the default.
 */
public final class LabelCatalog {

    private final String siteLanguage;
    private final SourceFolder folder;
    private final Map<String, Labels> byLanguage = new ConcurrentHashMap<>();

    /** @param folder the ISMS folder, whose {@code theme/} may override labels; null for the built-in words only */
    public LabelCatalog(String siteLanguage, SourceFolder folder) {
        this.siteLanguage = siteLanguage == null || siteLanguage.isBlank() ? Labels.LANGUAGES.get(0) : siteLanguage;
        this.folder = folder;
    }

    /** Built-in words only, in {@code siteLanguage}. */
    public static LabelCatalog builtIn(String siteLanguage) {
        return new LabelCatalog(siteLanguage, null);
    }

    public String siteLanguage() {
        return siteLanguage;
    }

    /** The site's labels. */
    public Labels site() {
        return of(siteLanguage);
    }

    /** The labels of {@code language}; blank means the site's. */
    public Labels of(String language) {
        String tag = language == null || language.isBlank() ? siteLanguage : language;
        return byLanguage.computeIfAbsent(tag, t -> Labels.builtIn(t).with(overrides(t)));
    }

    private Map<String, String> overrides(String tag) {
        if (folder == null) {
            return Map.of();
        }
        Path file = folder.root().resolve("theme").resolve("labels_" + tag + ".properties");
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Map.of();
        }
        Path real = folder.regularFile(file);
        if (real == null) {
            return Map.of();
        }
        try (Reader reader = Files.newBufferedReader(real, StandardCharsets.UTF_8)) {
            return Labels.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("can not read theme file " + file, e);
        }
    }
}
