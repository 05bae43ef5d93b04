package io.github.isms.catalog.pages;

import io.github.isms.site.SitePage;
import java.util.List;

/**
 * {@code transition.html}: for an ISMS on ISO/IEC 27001:2013, its documents and SoA decisions
 * carried to the 93 controls of 2022, and the new controls nothing covers yet.
 */
public record TransitionPage(List<Line> lines, List<Line> uncoveredNew, int newControls) implements SitePage {

    /**
     * A 2022 control.
     *
     * @param from      its 2013 predecessors, linked to their pages
     * @param decisions the SoA decisions about them, e.g. "A.9.1.1 implemented"
     */
    public record Line(String id, String title, List<RefLink> from, List<String> decisions, List<LinkedDocument> documents,
                       boolean isNew, boolean covered, boolean allExcluded) {
    }

    @Override
    public String path() {
        return "transition.html";
    }

    @Override
    public String template() {
        return "transition";
    }

    @Override
    public String title() {
        return "Transition to ISO/IEC 27001:2022";
    }
}
