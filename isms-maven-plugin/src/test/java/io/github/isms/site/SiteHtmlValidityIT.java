package io.github.isms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.NuHtmlChecker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of a built site passes the Nu Html Checker (the W3C's validator), run in-process. */
class SiteHtmlValidityIT {

    @TempDir
    Path project;

    @Test
    void everyBuiltPagePassesTheNuHtmlCheckerWithoutErrors() throws Exception {
        SiteFixture.write(project);
        Path site = project.resolve("target/isms/site");
        assertThat(SiteFixture.buildSite(project, site).errors()).isEmpty();

        List<String> errors = new ArrayList<>();
        List<Path> pages = SiteBuilderTest.files(site).stream().filter(p -> p.toString().endsWith(".html")).toList();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(7);
        for (Path page : pages) {
            errors.addAll(NuHtmlChecker.errors(page, site.relativize(page).toString()));
        }

        assertThat(errors).isEmpty();
    }
}
