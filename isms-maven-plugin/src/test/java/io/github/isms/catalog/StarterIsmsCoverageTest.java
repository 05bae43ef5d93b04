package io.github.isms.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Diagnostics;
import io.github.isms.engine.BuildRequest;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.init.InitRequest;
import io.github.isms.init.Initializer;
import io.github.isms.init.TemplateSet;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ISMS that isms:init writes is complete by the catalog's own measure. */
class StarterIsmsCoverageTest {

    @Test
    void theStarterSetProvidesEveryMandatoryItemAndItsSoaNamesEveryControl(@TempDir Path project) {
        SourceLayout layout = SourceLayout.defaults(project);
        new Initializer(TemplateSet.fromClassPath()).init(new InitRequest(layout, "Starter Corp", null, false));
        Diagnostics diagnostics = new Diagnostics();
        CatalogModel model = CatalogModel.load(new ProjectLoader(layout).load(diagnostics), diagnostics);

        assertThat(diagnostics.all()).isEmpty();
        assertThat(model.coverage().missing()).extracting(i -> i.item().name()).isEmpty();
        assertThat(model.coverage().satisfiedCount()).isEqualTo(22);
        assertThat(model.soaFile().entries()).extracting(SoaEntry::controlId)
                .containsExactlyElementsOf(model.catalogs().framework().annexA().controls().stream().map(Control::id).toList());
    }

    @Test
    void checkFindsNothingMissingInTheStarterSetItsRisksYamlRatesAndTreatsEveryRisk(@TempDir Path project) {
        new Initializer(TemplateSet.fromClassPath()).init(new InitRequest(SourceLayout.defaults(project), "Starter Corp", null, false));

        CheckResult result = new IsmsEngine().check(BuildRequest.defaults(project));

        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void everyApplicableControlOfTheStarterSetHasADocumentThatImplementsIt(@TempDir Path project) {
        SourceLayout layout = SourceLayout.defaults(project);
        new Initializer(TemplateSet.fromClassPath()).init(new InitRequest(layout, "Starter Corp", null, false));
        Diagnostics diagnostics = new Diagnostics();
        CatalogModel model = CatalogModel.load(new ProjectLoader(layout).load(diagnostics), diagnostics);

        assertThat(model.soa().gaps()).extracting(row -> row.control().id()).isEmpty();
    }
}
