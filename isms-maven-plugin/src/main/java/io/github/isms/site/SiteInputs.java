package io.github.isms.site;

import io.github.isms.model.IsmsProject;
import java.util.List;
import java.util.Map;

/**
 * Everything the site is built from. Features that arrive later hand in what they know here:
 * document histories (state, revisions), dashboard panels and extra page sources.
 *
 * @param bodies      rendered body per document id
 * @param histories   per document id; a missing entry means {@link DocumentHistory#UNKNOWN}
 * @param panels      the dashboard panels, in order
 * @param pageSources pages besides the built-in ones (catalog, SoA, ...)
 */
public record SiteInputs(IsmsProject project, Map<String, SiteBody> bodies, Map<String, DocumentHistory> histories,
                         List<DashboardPanel> panels, List<PageSource> pageSources) {

    public SiteInputs {
        bodies = Map.copyOf(bodies);
        histories = Map.copyOf(histories);
        panels = List.copyOf(panels);
        pageSources = List.copyOf(pageSources);
    }

    /** The inputs this build knows today: bodies, and placeholders for the rest. */
    public static SiteInputs of(IsmsProject project) {
        return new SiteInputs(project, StandInBodies.render(project), Map.of(), DashboardPanel.placeholders(), List.of());
    }

    public DocumentHistory history(String id) {
        return histories.getOrDefault(id, DocumentHistory.UNKNOWN);
    }
}
