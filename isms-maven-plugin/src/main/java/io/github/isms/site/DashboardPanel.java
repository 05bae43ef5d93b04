package io.github.isms.site;

import java.util.List;

/**
 * A list on the dashboard (gaps, overdue reviews, recent changes). The features that know the
 * facts replace the placeholder panel of the same {@code key} in {@link SiteInputs#panels()}.
 *
 * @param emptyText what the panel says when it has no items
 */
public record DashboardPanel(String key, String title, String emptyText, List<Item> items) {

    /**
     * One line of a panel; {@code path} (relative to the site root) may be null, {@code state} is a
     * badge shown before the label ("done", "in progress"), or {@code ""} for none.
     */
    public record Item(String label, String detail, String path, String state) {

        public Item(String label, String detail, String path) {
            this(label, detail, path, "");
        }

        public Item {
            state = state == null ? "" : state;
        }
    }

    public DashboardPanel {
        items = List.copyOf(items);
    }

    /** The panels shown before other features fill them. */
    public static List<DashboardPanel> placeholders() {
        return List.of(
                new DashboardPanel("gaps", "Gaps", "Not established in this build (needs the control catalog and SoA).", List.of()),
                new DashboardPanel("overdue", "Overdue reviews", "Not established in this build (needs git history).", List.of()),
                new DashboardPanel("recent", "Recent changes", "Not established in this build (needs git history).", List.of()),
                new DashboardPanel("pending", "Pending approval", "Not established in this build (needs git history).", List.of()));
    }
}
