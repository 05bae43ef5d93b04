package io.github.isms.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Diagnostics;
import io.github.isms.engine.BuildRequest;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.init.InitRequest;
import io.github.isms.init.People;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The ISMS that isms:init writes, in each language of the templates, is complete by the catalog's own measure. */
class StarterIsmsCoverageTest {

    /** isms:init as the goal runs it: through the engine, which picks the templates of the request's language. */
    private static void init(String language, SourceLayout layout) {
        new IsmsEngine().init(new InitRequest(layout, "Starter Corp", null, false, People.none(), null, language));
    }

    @ParameterizedTest
    @FieldSource("io.github.isms.init.TemplateSet#LANGUAGES")
    void theStarterSetProvidesEveryMandatoryItemAndItsSoaNamesEveryControl(String language, @TempDir Path project) {
        SourceLayout layout = SourceLayout.defaults(project);
        init(language, layout);
        Diagnostics diagnostics = new Diagnostics();
        CatalogModel model = CatalogModel.load(new ProjectLoader(layout).load(diagnostics), diagnostics);

        assertThat(diagnostics.all()).isEmpty();
        assertThat(model.coverage().missing()).extracting(i -> i.item().name()).isEmpty();
        assertThat(model.coverage().satisfiedCount()).isEqualTo(22);
        assertThat(model.soaFile().entries()).extracting(SoaEntry::controlId)
                .containsExactlyElementsOf(model.catalogs().framework().annexA().controls().stream().map(Control::id).toList());
    }

    @ParameterizedTest
    @FieldSource("io.github.isms.init.TemplateSet#LANGUAGES")
    void checkFindsNothingMissingInTheStarterSetItsRisksYamlRatesAndTreatsEveryRisk(String language, @TempDir Path project) {
        init(language, SourceLayout.defaults(project));

        CheckResult result = new IsmsEngine().check(BuildRequest.defaults(project));

        assertThat(result.diagnostics()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("io.github.isms.init.TemplateSet#LANGUAGES")
    void everyApplicableControlOfTheStarterSetHasADocumentThatImplementsIt(String language, @TempDir Path project) {
        SourceLayout layout = SourceLayout.defaults(project);
        init(language, layout);
        Diagnostics diagnostics = new Diagnostics();
        CatalogModel model = CatalogModel.load(new ProjectLoader(layout).load(diagnostics), diagnostics);

        assertThat(model.soa().gaps()).extracting(row -> row.control().id()).isEmpty();
    }
}
