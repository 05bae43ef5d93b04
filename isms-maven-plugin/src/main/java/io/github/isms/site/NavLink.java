package io.github.isms.site;

import io.github.isms.i18n.Labels;
import java.util.List;

/**
 * A header or download link: its label and the page path relative to the site root. A link whose
 * label is a label key ({@link #labelled}) is printed in the page's language.
 *
 * @param key  the label key, or null when {@code label} is the text itself
 * @param args the values of the label's {@code {0}}, {@code {1}}, ...
 */
public record NavLink(String label, String path, String key, List<String> args) {

    public NavLink(String label, String path) {
        this(label, path, null, List.of());
    }

    public NavLink {
        args = List.copyOf(args);
    }

    /** A link labelled by key, in whatever language the page is; {@code label} is the English words. */
    public static NavLink labelled(String key, String path, String... args) {
        return new NavLink(Labels.builtIn("en").get(key, (Object[]) args), path, key, List.of(args));
    }

    /** The label in the language of {@code labels}. */
    public String labelIn(Labels labels) {
        return key == null ? label : labels.get(key, args.toArray());
    }
}
