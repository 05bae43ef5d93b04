package io.github.isms.init;

import io.github.isms.model.IsmsConfig;
import io.github.isms.source.SourceLayout;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What isms:init is asked to do, in plain values.
 *
 * @param layout       where the new ISMS goes (the ISMS folder and its documents folder)
 * @param organization the organisation's name, written into isms.yaml
 * @param framework    {@code iso27001:2022}; the templates name 2022 controls and clauses
 * @param force        replace files that already exist instead of refusing
 * @param people       who holds which role, written into isms.yaml
 * @param newProject   the Maven project to write around the ISMS, or null when there is a pom.xml already
 * @param language     the language of the templates: {@code en} (also when blank), {@code nl} or {@code de}
 */
public record InitRequest(SourceLayout layout, String organization, String framework, boolean force, People people,
                          NewProject newProject, String language) {

    public static final String DEFAULT_FRAMEWORK = "iso27001:2022";

    /** An ISMS in an existing Maven project, its roles held by placeholder addresses. */
    public InitRequest(SourceLayout layout, String organization, String framework, boolean force) {
        this(layout, organization, framework, force, People.none(), null, TemplateSet.ENGLISH);
    }

    /** Values a user typed on the command line are checked here, so the Mojo can name the parameter. */
    public InitRequest {
        people = people == null ? People.none() : people;
        if (organization == null || organization.isBlank()) {
            throw new IllegalArgumentException("organization: the organisation's name is required");
        }
        if (organization.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("organization: the name must be one line without control characters");
        }
        organization = organization.strip();
        language = TemplateSet.language(language);
        framework = framework == null || framework.isBlank() ? DEFAULT_FRAMEWORK : framework.strip().toLowerCase(Locale.ROOT);
        if (!IsmsConfig.FRAMEWORKS.contains(framework)) {
            throw new IllegalArgumentException("framework: unknown framework '" + framework + "'; use " + DEFAULT_FRAMEWORK);
        }
        if (!framework.equals(DEFAULT_FRAMEWORK)) {
            // The templates' controls: lists use 2022 ids; under a 2013 catalog every one would be wrong. And a new
            // ISMS has no reason to start on 2013: the transition to 2022 ended on 31 October 2025.
            throw new IllegalArgumentException("framework: the policy templates are written for " + DEFAULT_FRAMEWORK
                    + " controls and clauses, and certification to " + framework + " ended with the transition period"
                    + " (31 October 2025); start a new ISMS on " + DEFAULT_FRAMEWORK);
        }
    }

    /** Where a template file lands in the project. */
    Path target(TemplateFile file) {
        return file.isDocument()
                ? layout.documentsDir().resolve(file.path().substring(TemplateSet.DOCUMENTS.length()))
                : layout.ismsDir().resolve(file.path());
    }
}
