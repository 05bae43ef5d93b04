package io.github.isms.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The Maven project isms:init writes around a new ISMS when the folder has no {@code pom.xml} yet:
 * its own coordinates and the plugin that builds it.
 *
 * @param groupId        the new project's group id
 * @param artifactId     the new project's artifact id
 * @param pluginGroupId  this plugin's group id
 * @param pluginArtifact this plugin's artifact id
 * @param pluginVersion  this plugin's version, pinned in the new pom
 */
public record NewProject(String groupId, String artifactId, String pluginGroupId, String pluginArtifact,
                         String pluginVersion) {

    /**
     * The maven-site-plugin version the new pom pins. Maven 3.8's built-in default (3.3) predates the
     * reporting API this plugin's report is written against, and fails with a class-loading error.
     */
    public static final String SITE_PLUGIN_VERSION = "3.21.0";

    public NewProject {
        for (String value : new String[] {groupId, artifactId, pluginGroupId, pluginArtifact, pluginVersion}) {
            if (value == null || !value.matches("[A-Za-z0-9_.-]+")) {
                throw new IllegalArgumentException("groupId/artifactId: '" + value
                        + "' is not a Maven coordinate (letters, digits, '.', '_' and '-')");
            }
        }
    }

    /** An artifact id from a folder's name: lower case, anything but letters and digits a hyphen; {@code isms} if nothing is left. */
    public static String artifactIdOf(String folderName) {
        String id = folderName == null ? "" : folderName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "isms" : id;
    }

    /** The pom.xml text: packaging pom, check bound to verify, the site as a report of {@code mvn site}. */
    String pom(String organization) {
        String org = xml(organization);
        return template().formatted(groupId, artifactId, org, pluginGroupId, pluginArtifact, pluginVersion, SITE_PLUGIN_VERSION);
    }

    /** The pom.xml with format arguments: 1 group, 2 artifact, 3 organisation, 4-6 this plugin, 7 the site plugin's version. */
    private static String template() {
        try (InputStream in = NewProject.class.getResourceAsStream("pom.xml.template")) {
            if (in == null) {
                throw new IllegalStateException("pom.xml.template missing from the plugin jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("can not read pom.xml.template from the plugin jar", e);
        }
    }

    /** What git should not track: Maven's output, where the site and PDFs are built. */
    static String gitignore() {
        return "# Build output: the site, PDFs and diagnostics are made from the sources, not kept.\ntarget/\n";
    }

    /**
     * Maven's JVM options for the project. A build of an ISMS is a short process: the optimising compiler (C2)
     * spends more CPU than it saves in it, and the parallel collector costs less than G1 in a run of seconds.
     * Measured on 1,000 documents, these options took the CPU time of a clean build with PDFs from 146 to 110
     * seconds and of a build after one edit from 21.8 to 11.7 (the repository's benchmarks/README.md).
     * The file has no room for a comment: Maven 3 reads every line of it as options.
     */
    static String jvmConfig() {
        return "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC\n";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
