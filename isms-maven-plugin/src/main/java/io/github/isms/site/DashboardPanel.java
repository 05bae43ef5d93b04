package io.github.isms.site;

import io.github.isms.i18n.Labels;
import java.util.List;

/**
 * A list on the dashboard (gaps, overdue reviews, recent changes). The features that know the
 * facts replace the placeholder panel of the same {@code key} in {@link SiteInputs#panels()}.
 *
 * @param emptyText what the panel says when it has no items
 * @param titleKey  the label key of the title, or null when {@code title} is the text itself
 * @param emptyKey  the label key of the empty text, or null when {@code emptyText} is the text itself
 * @param emptyArgs the values of the empty text's {@code {0}}, ...
 */
public record DashboardPanel(String key, String title, String emptyText, List<Item> items, String titleKey,
                             String emptyKey, List<String> emptyArgs) {

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

    public DashboardPanel(String key, String title, String emptyText, List<Item> items) {
        this(key, title, emptyText, items, null, null, List.of());
    }

    public DashboardPanel {
        items = List.copyOf(items);
        emptyArgs = List.copyOf(emptyArgs);
    }

    /** A panel whose title and empty text are labels ({@code panel.<key>} and {@code emptyKey}), in the page's language. */
    public static DashboardPanel labelled(String key, String emptyKey, List<String> emptyArgs, List<Item> items) {
        Labels english = Labels.builtIn("en");
        return new DashboardPanel(key, english.get("panel." + key), english.get(emptyKey, emptyArgs.toArray()), items,
                "panel." + key, emptyKey, emptyArgs);
    }

    public String titleIn(Labels labels) {
        return titleKey == null ? title : labels.get(titleKey);
    }

    public String emptyTextIn(Labels labels) {
        return emptyKey == null ? emptyText : labels.get(emptyKey, emptyArgs.toArray());
    }

    /** The panels shown before other features fill them. */
    public static List<DashboardPanel> placeholders() {
        return List.of(
                labelled("gaps", "panel.needsCatalog", List.of(), List.of()),
                labelled("overdue", "panel.needsHistory", List.of(), List.of()),
                labelled("recent", "panel.needsHistory", List.of(), List.of()),
                labelled("pending", "panel.needsHistory", List.of(), List.of()));
    }
}
