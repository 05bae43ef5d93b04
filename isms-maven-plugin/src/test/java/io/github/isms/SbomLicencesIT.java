package io.github.isms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The software bill of materials that {@code mvn package} writes (target/bom.json, CycloneDX) names
 * a licence for every component the plugin brings to its users, and each of those licences lets an
 * Apache-2.0 project depend on the component.
 */
class SbomLicencesIT {

    private static final Path SBOM = Path.of("target/bom.json");

    /** Permissive licences: their code may be combined with Apache-2.0 code and redistributed under it. */
    private static final Set<String> PERMISSIVE = Set.of("Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause",
            "Bouncy Castle Licence", "Public Domain");

    /**
     * Weak copyleft: fine for a dependency used unmodified as its own jar, which is how Maven hands it
     * to the plugin (nothing is shaded or copied into the plugin's jar). EPL and CDDL (Eclipse Sisu,
     * javax.annotation from Maven's own libraries) and LGPL (openhtmltopdf, which lays out the PDFs).
     */
    private static final Set<String> WEAK_COPYLEFT = Set.of("EPL-1.0", "EPL-2.0", "CDDL-1.0",
            "(CDDL-1.0 OR GPL-2.0-with-classpath-exception)", "LGPL-2.1-or-later");

    /**
     * Components whose POM, as the local repository holds it, names no licence, with the one their
     * project publishes: the Codehaus Plexus project's, and this project's own (a policy-templates
     * POM installed before the parent named its licence says nothing).
     */
    private static final Map<String, String> STATED_ELSEWHERE = Map.of(
            "org.codehaus.plexus:plexus-i18n", "Apache-2.0",
            "io.github.isms:policy-templates", "Apache-2.0");

    @Test
    void everyComponentOfTheSbomHasALicenceThatAnApache2ProjectMayDependOn() throws Exception {
        assertThat(SBOM).as("written by the cyclonedx-maven-plugin in the package phase").isRegularFile();
        JsonNode bom = new ObjectMapper().readTree(Files.readString(SBOM));
        assertThat(bom.path("metadata").path("component").path("name").asText()).isEqualTo("isms-maven-plugin");

        Map<String, String> licences = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        for (JsonNode component : bom.path("components")) {
            String name = component.path("group").asText() + ":" + component.path("name").asText();
            String licence = licenceOf(component);
            if (licence == null) {
                licence = STATED_ELSEWHERE.get(name);
            }
            if (licence == null || !(PERMISSIVE.contains(licence) || WEAK_COPYLEFT.contains(licence))) {
                unknown.add(name + " " + component.path("version").asText() + ": " + licence);
            }
            licences.put(name, licence);
        }

        assertThat(licences).as("components").hasSizeGreaterThan(30)
                .containsEntry("org.eclipse.jgit:org.eclipse.jgit", "BSD-3-Clause")
                .containsEntry("io.github.openhtmltopdf:openhtmltopdf-core", "LGPL-2.1-or-later");
        assertThat(unknown).as("components without a licence compatible with Apache-2.0").isEmpty();
    }

    /* The SPDX id, the name where there is no id, or the expression; null when the component states none. */
    private static String licenceOf(JsonNode component) {
        for (JsonNode entry : component.path("licenses")) {
            if (entry.has("expression")) {
                return entry.path("expression").asText();
            }
            JsonNode licence = entry.path("license");
            if (licence.hasNonNull("id")) {
                return licence.path("id").asText();
            }
            if (licence.hasNonNull("name")) {
                return licence.path("name").asText();
            }
        }
        return null;
    }
}
