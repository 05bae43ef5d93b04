package io.github.isms.site;

import io.github.isms.model.IsmsProject;
import io.github.isms.render.RenderedDocument;
import io.github.isms.render.RenderedDocuments;
import java.util.List;
import java.util.Map;

/**
 * Everything the site is built from. Features that arrive later hand in what they know here:
 * document histories (state, revisions), dashboard panels and extra page sources.
 *
 * @param bodies      the rendered body of every document
 * @param histories   per document id; a missing entry means {@link DocumentHistory#UNKNOWN}
 * @param downloads   per document id, files its page links (paths relative to the site root), e.g. its PDF
 * @param panels      the dashboard panels, in order
 * @param pageSources pages besides the built-in ones (catalog, SoA, ...)
 */
public record SiteInputs(IsmsProject project, RenderedDocuments bodies, Map<String, DocumentHistory> histories,
                         Map<String, List<NavLink>> downloads, List<DashboardPanel> panels, List<PageSource> pageSources) {

    public SiteInputs {
        histories = Map.copyOf(histories);
        downloads = Map.copyOf(downloads);
        panels = List.copyOf(panels);
        pageSources = List.copyOf(pageSources);
    }

    /** The inputs this build knows today: bodies, and placeholders for the rest. */
    public static SiteInputs of(IsmsProject project, RenderedDocuments bodies) {
        return new SiteInputs(project, bodies, Map.of(), Map.of(), DashboardPanel.placeholders(), List.of());
    }

    /** The rendered body of a document; every loaded document has one. */
    public RenderedDocument body(String id) {
        return bodies.get(id).orElseThrow(() -> new IllegalStateException("no rendered body for " + id));
    }

    public DocumentHistory history(String id) {
        return histories.getOrDefault(id, DocumentHistory.UNKNOWN);
    }
}
