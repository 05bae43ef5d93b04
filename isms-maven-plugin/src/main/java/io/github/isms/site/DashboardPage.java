package io.github.isms.site;

import io.github.isms.i18n.Labels;
import java.util.List;

/** {@code index.html}: what is published, by type and by state, and the panels other features fill. */
public record DashboardPage(List<TypeGroup> types, List<Count> byStatus, List<Count> byState, int published,
                            int withheld, String publishLimit, List<DashboardPanel> panels) implements SitePage {

    @Override
    public String path() {
        return "index.html";
    }

    @Override
    public String template() {
        return "dashboard";
    }

    @Override
    public String title() {
        return "Dashboard";
    }

    @Override
    public String titleIn(Labels labels) {
        return labels.get("nav.dashboard");
    }
}
