package io.github.isms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.catalog.CatalogModel;
import io.github.isms.catalog.CatalogTargets;
import io.github.isms.diag.Diagnostics;
import io.github.isms.json.JsonWriter;
import io.github.isms.model.IsmsProject;
import io.github.isms.render.DocumentRenderer;
import io.github.isms.source.ProjectLoader;
import io.github.isms.source.SourceLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path project;

    @Test
    void theIndexWrittenAnEntryAtATimeIsTheScriptThatAssignsTheJsonArrayOfEveryPublishedDocument() throws IOException {
        SiteFixture.write(project);
        Diagnostics diagnostics = new Diagnostics();
        IsmsProject loaded = new ProjectLoader(SourceLayout.defaults(project)).load(diagnostics);
        SiteModel model = SiteModel.of(SiteInputs.of(loaded, new DocumentRenderer().renderAll(loaded,
                new CatalogTargets(CatalogModel.load(loaded, diagnostics).catalogs()), diagnostics)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SearchIndex.write(model, out);

        List<SearchIndex.Entry> entries = model.documents().stream()
                .map(d -> new SearchIndex.Entry(d.id(), d.title(), d.typeLabel(), d.url(), model.inputs().body(d.id()).text(),
                        "retired".equals(d.status())))
                .toList();
        assertThat(entries).hasSizeGreaterThan(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("window.ISMS_SEARCH_INDEX = " + JsonWriter.compact(entries) + ";\n")
                .contains(SiteFixture.SEARCH_WORD).doesNotContain(SiteFixture.SECRET_WORD);
    }
}
