package io.github.isms.catalog.pages;

import io.github.isms.site.SitePage;
import java.util.List;

/**
 * {@code controls/<id>.html}: one control with its applicability, justification, status, the
 * documents that implement it and the mandatory documented information it calls for.
 *
 * @param objective the control objective (2013 edition), or {@code ""}
 * @param mandatory the mandatory items that cite this control
 */
public record ControlPage(String catalogTitle, String groupTitle, String objective, SoaLine line,
                          List<String> mandatory) implements SitePage {

    static String pathOf(String controlId) {
        return "controls/" + controlId + ".html";
    }

    @Override
    public String path() {
        return pathOf(line.id());
    }

    @Override
    public String template() {
        return "control";
    }

    @Override
    public String title() {
        return line.id() + " " + line.title();
    }
}
