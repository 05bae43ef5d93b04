package io.github.isms.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The policy-templates set as shipped in its jar, in one of its languages. A jar's folders can not
 * be listed portably, so the set is read through {@code index.txt}, which names every file once.
 * Every language has the same files under the same paths (the same ids, controls and clauses, so
 * the same coverage): English at the root of the templates folder, the others in a folder named
 * after the language ({@code nl/documents/policies/backup-policy.md}).
 */
public record TemplateSet(List<TemplateFile> files) {

    /** The resource folder of the policy-templates jar. */
    public static final String ROOT = "io/github/isms/templates/";
    static final String INDEX = ROOT + "index.txt";
    static final String DOCUMENTS = "documents/";
    public static final String ENGLISH = "en";
    /** The languages the templates are written in, English first. */
    public static final List<String> LANGUAGES = List.of(ENGLISH, "nl", "de");

    public TemplateSet {
        files = List.copyOf(files);
    }

    /** The English set from the class path the plugin runs with (policy-templates is one of its dependencies). */
    public static TemplateSet fromClassPath() {
        return fromClassPath(ENGLISH);
    }

    /**
     * The set in a language, as typed on the command line ({@code nl}, {@code DE}; blank is English).
     *
     * @throws IllegalArgumentException for a language the templates are not written in, naming those they are
     */
    public static TemplateSet fromClassPath(String language) {
        String folder = folder(language);
        ClassLoader loader = TemplateSet.class.getClassLoader();
        List<TemplateFile> files = new ArrayList<>();
        for (String line : read(loader, INDEX).split("\n")) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("#")) {
                if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
                    // Guards the staging folder: an index entry can only name a file below the ISMS folder.
                    throw new IllegalStateException("policy-templates index names an unsafe path: " + path);
                }
                files.add(new TemplateFile(path, read(loader, folder + path)));
            }
        }
        return new TemplateSet(files);
    }

    /**
     * A language as typed on the command line, as the templates name it: {@code DE} is {@code de}, blank is English.
     *
     * @throws IllegalArgumentException for a language the templates are not written in, naming those they are
     */
    public static String language(String typed) {
        String tag = typed == null || typed.isBlank() ? ENGLISH : typed.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(tag)) {
            throw new IllegalArgumentException("language: the policy templates are not written in '" + typed.strip()
                    + "'; they come in " + String.join(", ", LANGUAGES));
        }
        return tag;
    }

    /** Where a language's files are in the jar. */
    private static String folder(String language) {
        String tag = language(language);
        return tag.equals(ENGLISH) ? ROOT : ROOT + tag + "/";
    }

    /** The template isms.yaml, whose role lines isms:init fills in. */
    TemplateFile config() {
        return files.stream().filter(f -> f.path().equals("isms.yaml")).findFirst()
                .orElseThrow(() -> new IllegalStateException("policy-templates has no isms.yaml"));
    }

    public List<TemplateFile> documents() {
        return files.stream().filter(TemplateFile::isDocument).toList();
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("policy-templates resource missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("can not read policy-templates resource " + resource, e);
        }
    }
}
