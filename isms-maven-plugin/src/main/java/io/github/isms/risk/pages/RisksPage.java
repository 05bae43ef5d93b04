package io.github.isms.risk.pages;

import io.github.isms.i18n.Labels;
import io.github.isms.site.SitePage;
import java.util.List;

/**
 * {@code risks.html}: the risk register (clause 8.2) ordered by inherent score, heat maps of the
 * inherent and residual levels, and the risk treatment plan (clauses 6.1.3 e) and 8.3).
 *
 * @param register  every risk, highest inherent score first
 * @param plan      the treated risks, earliest due date first
 * @param untreated risks with no treatment decided yet
 */
public record RisksPage(String scale, int appetite, int maxScore, List<HeatMap> heatMaps, List<RiskLine> register,
                        List<RiskLine> plan, List<RiskLine> untreated, int aboveAppetite) implements SitePage {

    public static final String PATH = "risks.html";

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String template() {
        return "risks";
    }

    @Override
    public String title() {
        return "Risk register and treatment plan";
    }

    @Override
    public String titleIn(Labels labels) {
        return labels.get("risk.title");
    }
}
