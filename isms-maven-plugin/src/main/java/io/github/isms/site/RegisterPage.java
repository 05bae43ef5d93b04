package io.github.isms.site;

import io.github.isms.i18n.Labels;
import java.util.List;

/**
 * {@code register.html}: the master list of documented information, grouped by type.
 *
 * @param groups  the documents in force, by type
 * @param retired retired documents ({@code status: retired}): out of the active list, their history kept
 */
public record RegisterPage(List<TypeGroup> groups, int published, int withheld, String publishLimit,
                           List<DocumentSummary> retired) implements SitePage {

    public RegisterPage(List<TypeGroup> groups, int published, int withheld, String publishLimit) {
        this(groups, published, withheld, publishLimit, List.of());
    }

    @Override
    public String path() {
        return "register.html";
    }

    @Override
    public String template() {
        return "register";
    }

    @Override
    public String title() {
        return "Document register";
    }

    @Override
    public String titleIn(Labels labels) {
        return labels.get("register.title");
    }
}
