package io.github.isms.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The policy-templates set as shipped in its jar. A jar's folders can not be listed portably, so
 * the set is read through {@code index.txt}, which names every file once.
 */
public record TemplateSet(List<TemplateFile> files) {

    /** The resource folder of the policy-templates jar. */
    public static final String ROOT = "io/github/isms/templates/";
    static final String INDEX = ROOT + "index.txt";
    static final String DOCUMENTS = "documents/";

    public TemplateSet {
        files = List.copyOf(files);
    }

    /** Reads the set from the class path the plugin runs with (policy-templates is one of its dependencies). */
    public static TemplateSet fromClassPath() {
        return load(TemplateSet.class.getClassLoader());
    }

    public static TemplateSet load(ClassLoader loader) {
        List<TemplateFile> files = new ArrayList<>();
        for (String line : read(loader, INDEX).split("\n")) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("#")) {
                if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
                    // Guards the staging folder: an index entry can only name a file below the ISMS folder.
                    throw new IllegalStateException("policy-templates index names an unsafe path: " + path);
                }
                files.add(new TemplateFile(path, read(loader, ROOT + path)));
            }
        }
        return new TemplateSet(files);
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
