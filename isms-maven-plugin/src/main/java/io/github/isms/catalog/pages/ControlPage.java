package io.github.isms.catalog.pages;

import io.github.isms.site.SitePage;
import java.util.List;

/**
 * {@code controls/<id>.html}: one control with its applicability, justification, status, the
 * documents that implement it and the mandatory documented information it calls for.
 *
 * @param objective the control objective (2013 edition), or {@code ""}
 * @param mandatory the mandatory items that cite this control
 * @param risks     the risks of risks.yaml this control treats
 * @param riskRegister whether the ISMS has a risks.yaml at all
 * @param evidenceRegister whether the ISMS has an evidence.yaml at all
 */
public record ControlPage(String catalogTitle, String groupTitle, String objective, SoaLine line,
                          List<String> mandatory, List<TreatedRisk> risks, boolean riskRegister,
                          boolean evidenceRegister) implements SitePage {

    /** A risk the control treats, linking its row of the register; {@code url} is relative to the site root. */
    public record TreatedRisk(String id, String title, String url, String detail) {
    }

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
