package io.github.isms.risk.pages;

import io.github.isms.i18n.Labels;
import io.github.isms.risk.Risk;
import io.github.isms.risk.RiskCsv;
import io.github.isms.risk.RiskRegister;
import io.github.isms.risk.RiskScale;
import io.github.isms.site.DashboardPanel;
import io.github.isms.site.NavLink;
import io.github.isms.site.PageSource;
import io.github.isms.site.SiteInputs;
import io.github.isms.site.SiteModel;
import io.github.isms.site.SitePage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The risk register's part of the site, present only when risks.yaml is: {@code risks.html},
 * {@code risks.csv}, a "Risks" header link and a dashboard panel of the risks that need attention.
 */
public final class RiskPages implements PageSource {

    /** The treatment plan in the order it is worked through: earliest due date first, undated last. */
    private static final Comparator<Risk> BY_DUE_DATE = Comparator
            .comparing((Risk r) -> r.due().orElse(LocalDate.MAX)).thenComparing(RiskRegister.BY_INHERENT_SCORE);

    private final RiskRegister register;

    private RiskPages(RiskRegister register) {
        this.register = register;
    }

    /** The inputs with the risk pages and panel added; unchanged when there is no risks.yaml. */
    public static SiteInputs addTo(SiteInputs inputs, RiskRegister register) {
        if (!register.present()) {
            return inputs;
        }
        List<DashboardPanel> panels = new ArrayList<>(inputs.panels());
        panels.add(panel(register, inputs.labels().site()));
        return inputs.withPanels(panels).withPageSource(new RiskPages(register));
    }

    @Override
    public List<NavLink> navLinks() {
        return List.of(NavLink.labelled("nav.risks", RisksPage.PATH));
    }

    @Override
    public List<SitePage> pages(SiteModel model) {
        Labels words = model.labels().site();
        RiskScale scale = shown(register.scale(), words);
        List<Risk> risks = register.byInherentScore();
        List<HeatMap> heatMaps = List.of(
                HeatMap.of("inherent", words.get("risk.heatInherent"), scale, risks, Risk::inherent),
                HeatMap.of("residual", words.get("risk.heatResidual"), scale, risks, Risk::residual));
        List<RiskLine> plan = risks.stream().filter(r -> r.treatment().isPresent()).sorted(BY_DUE_DATE)
                .map(r -> RiskLine.of(r, scale, words)).toList();
        String scaleText = words.get("risk.scale", scale.likelihood().size(), scale.impact().size());
        return List.of(new RisksPage(scaleText, scale.appetite(), scale.maxScore(), heatMaps,
                risks.stream().map(r -> RiskLine.of(r, scale, words)).toList(), plan,
                register.untreated().stream().map(r -> RiskLine.of(r, scale, words)).toList(), register.aboveAppetite().size()));
    }

    @Override
    public Map<String, byte[]> files(SiteModel model) {
        StringWriter csv = new StringWriter();
        try {
            RiskCsv.write(register, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("risks.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The scale as pages name its levels: the built-in five-by-five scale in the site's words (risks.yaml names its
     * levels in English, or by number), a scale of the ISMS's own as it is written.
     */
    static RiskScale shown(RiskScale scale, Labels words) {
        List<String> likelihood = scale.likelihood().equals(RiskScale.DEFAULT_LIKELIHOOD)
                ? IntStream.rangeClosed(1, 5).mapToObj(i -> words.get("risk.likelihood." + i)).toList()
                : scale.likelihood();
        List<String> impact = scale.impact().equals(RiskScale.DEFAULT_IMPACT)
                ? IntStream.rangeClosed(1, 5).mapToObj(i -> words.get("risk.impact." + i)).toList()
                : scale.impact();
        return new RiskScale(likelihood, impact, scale.appetite());
    }

    /** The risks above appetite, then those without a treatment: what a risk owner acts on next. */
    private static DashboardPanel panel(RiskRegister register, Labels words) {
        RiskScale scale = shown(register.scale(), words);
        List<DashboardPanel.Item> items = new ArrayList<>();
        for (Risk risk : register.aboveAppetite()) {
            String level = risk.residual().isPresent() ? words.get("risk.residualLevel", RiskLine.level(risk.residual(), scale))
                    : words.get("risk.inherentLevel", RiskLine.level(risk.inherent(), scale));
            String state = risk.treatment().isEmpty() ? words.get("risk.noTreatment")
                    : risk.acceptance().map(a -> words.get("risk.acceptedBy", a.by())).orElse(words.get("risk.notAccepted"));
            items.add(new DashboardPanel.Item(risk.id() + " " + risk.title(), level + ", " + state, RisksPage.PATH + "#" + risk.id()));
        }
        for (Risk risk : register.untreated()) {
            if (!register.aboveAppetite().contains(risk)) {
                items.add(new DashboardPanel.Item(risk.id() + " " + risk.title(), words.get("risk.noTreatment"),
                        RisksPage.PATH + "#" + risk.id()));
            }
        }
        return new DashboardPanel("risks", words.get("panel.risksTitle", register.aboveAppetite().size(), register.risks().size(),
                register.untreated().size()), words.get("panel.risksNone", scale.appetite()), items);
    }
}
