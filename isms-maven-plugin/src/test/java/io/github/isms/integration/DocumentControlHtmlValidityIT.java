package io.github.isms.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.ControlledIsms;
import io.github.isms.engine.BuildRequest;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.testing.NuHtmlChecker;
import io.github.isms.testing.TestDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages document control adds (revision tables, drafts, superseded versions, redlines) are valid HTML. */
class DocumentControlHtmlValidityIT {

    @TempDir
    Path tmp;

    @Test
    void documentPagesSupersededVersionsAndRedlinesPassTheNuHtmlChecker() throws Exception {
        ControlledIsms isms = ControlledIsms.create(tmp.resolve("repo"));
        isms.mergeRequest("p3", "policies/access.md", TestDocument.of("POL-001").version("2.0").body("Only the owner grants, reviews & revokes <access>."), "Access reviews", "Approved-by: Bob Ceo <bob@example.com>");
        Path site = tmp.resolve("site");
        assertThat(new IsmsEngine().site(BuildRequest.defaults(isms.git().dir()).withSite(new SiteOptions(site, false)))
                .errors()).isEmpty();

        List<String> errors = new ArrayList<>();
        for (String page : List.of("index.html", "register.html", "docs/POL-001/index.html", "docs/POL-002/index.html",
                "docs/POL-003/index.html", "docs/POL-001/v1.0/index.html", "docs/POL-001/v1.1/index.html",
                "docs/POL-001/v1.1/redline.html")) {
            errors.addAll(NuHtmlChecker.errors(site.resolve(page), page));
        }

        assertThat(errors).isEmpty();
    }
}
