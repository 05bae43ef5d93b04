package io.github.isms.catalog.pages;

import io.github.isms.catalog.Catalog;
import io.github.isms.catalog.CatalogModel;
import io.github.isms.catalog.CatalogSet;
import io.github.isms.catalog.Clause;
import io.github.isms.catalog.ControlGroup;
import io.github.isms.catalog.CoverageItem;
import io.github.isms.catalog.MandatoryCoverage;
import io.github.isms.catalog.SoaCsv;
import io.github.isms.catalog.SoaRow;
import io.github.isms.catalog.StatementOfApplicability;
import io.github.isms.catalog.Transition;
import io.github.isms.catalog.TransitionRow;
import io.github.isms.i18n.Labels;
import io.github.isms.risk.RiskRegister;
import io.github.isms.site.DashboardPanel;
import io.github.isms.site.HistoryView;
import io.github.isms.site.NavLink;
import io.github.isms.site.PageSource;
import io.github.isms.site.SiteInputs;
import io.github.isms.site.SiteModel;
import io.github.isms.site.SitePage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The catalog's part of the site: the Statement of Applicability ({@code soa.html},
 * {@code soa.csv}), a page per control and per clause, the mandatory documented information, the
 * transition page for a 2013 ISMS, and the dashboard's gaps.
 */
public final class CatalogPages implements PageSource {

    /** The dashboard lists this many gaps and links the SoA for the rest. */
    static final int DASHBOARD_GAPS = 10;

    private final CatalogModel catalog;
    private final RiskRegister risks;

    public CatalogPages(CatalogModel catalog, RiskRegister risks) {
        this.catalog = catalog;
        this.risks = risks;
    }

    /** The inputs with these pages added and the dashboard's gaps panel filled, for an ISMS without risks.yaml. */
    public static SiteInputs addTo(SiteInputs inputs, CatalogModel catalog) {
        return addTo(inputs, catalog, RiskRegister.absent(""));
    }

    /**
     * The inputs with these pages added, each control page listing the risks it treats, and the dashboard's gaps
     * panel filled. Where the inputs carry document history, a draft implementing a control does not close its gap.
     */
    public static SiteInputs addTo(SiteInputs inputs, CatalogModel catalog, RiskRegister risks) {
        Labels words = inputs.labels().site();
        List<DashboardPanel> panels = new ArrayList<>();
        for (DashboardPanel panel : inputs.panels()) {
            if (panel.key().equals("gaps")) {
                panels.add(mandatoryPanel(catalog, words));
                panels.add(gapsPanel(catalog.soa(), inputs, words));
            } else {
                panels.add(panel);
            }
        }
        return inputs.withPanels(panels).withPageSource(new CatalogPages(catalog, risks));
    }

    @Override
    public List<NavLink> navLinks() {
        List<NavLink> links = new ArrayList<>(List.of(NavLink.labelled("nav.soa", "soa.html"), NavLink.labelled("nav.clauses", ClausesPage.PATH)));
        catalog.transition().ifPresent(t -> links.add(NavLink.labelled("nav.transition", "transition.html")));
        return links;
    }

    @Override
    public List<SitePage> pages(SiteModel model) {
        CatalogSet catalogs = catalog.catalogs();
        Labels words = model.labels().site();
        String language = words.language();
        List<SitePage> pages = new ArrayList<>();
        pages.add(soaPage(model, catalog));
        for (SoaRow row : catalog.soa().rows()) {
            Catalog of = catalogs.catalog(row.control().catalogId()).orElseThrow();
            ControlGroup group = of.group(row.control().groupId()).orElseThrow();
            String objective = row.control().objective().map(o -> o + " " + group.objectives().getOrDefault(o, "")).orElse("");
            pages.add(new ControlPage(of.title(), group.id() + " " + group.title(language), objective, SoaLine.of(row, model),
                    catalog.coverage().citing(row.control().id()).stream().map(i -> i.item().name()).toList(),
                    treated(row.control().id(), words), risks.present(), model.inputs().evidence().present()));
        }
        List<CoverageLine> mandatory = catalog.coverage().items().stream().map(i -> CoverageLine.of(i, catalogs, model)).toList();
        List<ClausesPage.Line> clauseLines = new ArrayList<>();
        for (Clause clause : catalogs.framework().clauses()) {
            List<LinkedDocument> documents = addressing(clause, model);
            clauseLines.add(new ClausesPage.Line(clause.id(), clause.title(), ClausePage.pathOf(clause.id()), clause.depth(), documents.size()));
            pages.add(clausePage(clause, documents, model));
        }
        MandatoryCoverage coverage = catalog.coverage();
        pages.add(new ClausesPage(catalogs.edition().framework(), clauseLines, mandatory, coverage.satisfiedCount(), coverage.requiredCount()));
        catalog.transition().ifPresent(t -> pages.add(transitionPage(t, model, language)));
        return pages;
    }

    @Override
    public Map<String, byte[]> files(SiteModel model) {
        StringWriter csv = new StringWriter();
        try {
            SoaCsv.write(catalog.soa(), model.inputs().evidence(), csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("soa.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<ControlPage.TreatedRisk> treated(String controlId, Labels words) {
        return risks.treatedBy(controlId).stream().map(r -> new ControlPage.TreatedRisk(r.id(), r.title(), "risks.html#" + r.id(),
                String.join(", ", java.util.stream.Stream.of(
                        r.inherent().map(i -> words.get("risk.inherentScore", i.score())).orElse(""),
                        r.treatment().map(t -> words.get("treatment." + t.key())).orElse("")).filter(x -> !x.isEmpty()).toList())))
                .toList();
    }

    /** The Statement of Applicability as soa.html and soa.pdf show it: one model for both. */
    public static SoaPage soaPage(SiteModel model, CatalogModel catalog) {
        StatementOfApplicability soa = catalog.soa();
        String language = model.labels().siteLanguage();
        List<SoaPage.Table> tables = new ArrayList<>();
        List<SoaLine> gaps = new ArrayList<>();
        for (Catalog of : catalog.catalogs().all()) {
            List<SoaPage.Group> groups = new ArrayList<>();
            for (ControlGroup g : of.groups()) {
                List<SoaLine> lines = g.controls().stream().map(c -> SoaLine.of(soa.row(c.id()).orElseThrow(), model)).toList();
                lines.stream().filter(SoaLine::gap).forEach(gaps::add);
                groups.add(new SoaPage.Group(g.id(), g.title(language), lines));
            }
            tables.add(new SoaPage.Table(of.id(), of.title(), groups));
        }
        int excluded = soa.excluded().size();
        return new SoaPage(catalog.catalogs().framework().annexA().title(), tables, gaps, soa.rows().size(),
                soa.rows().size() - excluded, excluded, control(model, catalog));
    }

    private static SoaControl control(SiteModel model, CatalogModel catalog) {
        HistoryView history = model.inputs().soaHistory();
        String version = catalog.soaFile().version() == null ? "" : catalog.soaFile().version();
        String redline = history.revisions().stream().filter(r -> r.version().equals(version)).findFirst()
                .map(HistoryView.RevisionRow::url).orElse("");
        return new SoaControl(version, catalog.soaFile().owner(), catalog.soaFile().approvers(), history, redline);
    }

    /** The active documents whose {@code clauses:} name this clause or a lettered item of it. */
    private List<LinkedDocument> addressing(Clause clause, SiteModel model) {
        return model.inputs().project().documents().stream()
                .filter(d -> !d.retired() && d.clauseIds().stream().anyMatch(id -> id.equals(clause.id()) || id.startsWith(clause.id() + "(")))
                .map(d -> LinkedDocument.of(d, model)).toList();
    }

    private ClausePage clausePage(Clause clause, List<LinkedDocument> documents, SiteModel model) {
        CatalogSet catalogs = catalog.catalogs();
        List<Clause> all = catalogs.framework().clauses();
        String parentId = clause.id().contains(".") ? clause.id().substring(0, clause.id().lastIndexOf('.')) : null;
        RefLink parent = parentId == null ? null : RefLink.of(parentId, catalogs);
        List<RefLink> subclauses = all.stream()
                .filter(c -> c.id().startsWith(clause.id() + ".") && c.depth() == clause.depth() + 1)
                .map(c -> new RefLink(c.id() + " " + c.title(), ClausePage.pathOf(c.id()))).toList();
        List<CoverageLine> mandatory = catalog.coverage().citing(clause.id()).stream()
                .map(i -> CoverageLine.of(i, catalogs, model)).toList();
        return new ClausePage(clause.id(), clause.title(), parent, subclauses, documents, mandatory);
    }

    private TransitionPage transitionPage(Transition transition, SiteModel model, String language) {
        List<TransitionPage.Line> lines = new ArrayList<>();
        List<TransitionPage.Line> uncovered = new ArrayList<>();
        for (TransitionRow row : transition.rows()) {
            TransitionPage.Line line = new TransitionPage.Line(row.control().id(), row.control().title(language),
                    row.from().stream().map(c -> new RefLink(c.id(), ControlPage.pathOf(c.id()))).toList(),
                    row.decisions().stream().map(d -> d.control().id() + " " + (d.applicable() ? d.statusLabel() : "excluded")).toList(),
                    row.documents().stream().map(d -> LinkedDocument.of(d, model)).toList(),
                    row.isNew(), row.covered(), row.allExcluded());
            lines.add(line);
            if (row.isNew() && !row.covered()) {
                uncovered.add(line);
            }
        }
        return new TransitionPage(lines, uncovered, transition.newControls().size());
    }

    private static DashboardPanel gapsPanel(StatementOfApplicability soa, SiteInputs inputs, Labels words) {
        List<SoaRow> gaps = soa.rows().stream().filter(r -> r.applicable()
                && r.implementedBy().stream().allMatch(d -> inputs.history(d.id()).draft())).toList();
        List<DashboardPanel.Item> items = new ArrayList<>();
        gaps.stream().limit(DASHBOARD_GAPS).forEach(r ->
                items.add(new DashboardPanel.Item(r.control().id() + " " + r.control().title(words.language()), "",
                        ControlPage.pathOf(r.control().id()))));
        if (gaps.size() > DASHBOARD_GAPS) {
            items.add(new DashboardPanel.Item(words.get("panel.gapsMore", gaps.size() - DASHBOARD_GAPS), words.get("panel.gapsMoreWhere"),
                    "soa.html#gaps"));
        }
        long applicable = soa.rows().stream().filter(SoaRow::applicable).count();
        return new DashboardPanel("gaps", words.get("panel.gapsTitle", gaps.size(), applicable), words.get("soa.noGaps"), items);
    }

    private static DashboardPanel mandatoryPanel(CatalogModel catalog, Labels words) {
        MandatoryCoverage coverage = catalog.coverage();
        List<DashboardPanel.Item> items = coverage.missing().stream().map(item -> missingItem(item, words)).toList();
        return new DashboardPanel("mandatory", words.get("panel.mandatoryTitle", coverage.satisfiedCount(), coverage.requiredCount()),
                words.get("panel.mandatoryNone"), items);
    }

    private static DashboardPanel.Item missingItem(CoverageItem item, Labels words) {
        return new DashboardPanel.Item(item.item().name(), words.get("kind." + item.item().kind()) + ", " + String.join(", ", item.item().refs()),
                ClausesPage.PATH + "#mandatory");
    }
}
