package io.github.isms.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

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
            errors.addAll(validate(page, site.relativize(page).toString()));
        }

        assertThat(errors).isEmpty();
    }

    private static List<String> validate(Path page, String name) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings are advice (for example about redundant roles), not invalid HTML.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        validator.checkHtmlFile(new File(page.toString()), true);
        return errors;
    }
}
