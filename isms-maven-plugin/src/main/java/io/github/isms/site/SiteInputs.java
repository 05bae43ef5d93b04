package io.github.isms.site;

import io.github.isms.acknowledgement.AcknowledgementRegister;
import io.github.isms.evidence.EvidenceRegister;
import io.github.isms.i18n.LabelCatalog;
import io.github.isms.model.IsmsProject;
import io.github.isms.render.RenderedDocument;
import io.github.isms.render.RenderedDocuments;
import io.github.isms.source.SourceFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything the site is built from. Features that arrive later hand in what they know here:
 * document histories (state, revisions), dashboard panels and extra page sources.
 *
 * @param bodies      the rendered body of every document
 * @param histories   per document id, and the Statement of Applicability's under {@link #SOA_HISTORY}; a missing
 *                    entry means {@link HistoryView#UNKNOWN}
 * @param panels      the dashboard panels, in order
 * @param pageSources pages besides the built-in ones (catalog, SoA, ...)
 * @param provenance  the commit, reference date, plugin version and signer the footer of every page states
 * @param acknowledgements per document, who of its audiences acknowledged the version in force; and the form
 * @param evidence    the evidence register (evidence.yaml) with each item's freshness at the reference date
 */
public record SiteInputs(IsmsProject project, RenderedDocuments bodies, Map<String, HistoryView> histories,
                         List<DashboardPanel> panels, List<PageSource> pageSources, Provenance provenance,
                         AcknowledgementRegister acknowledgements, EvidenceRegister evidence) {

    public SiteInputs(IsmsProject project, RenderedDocuments bodies, Map<String, HistoryView> histories,
            List<DashboardPanel> panels, List<PageSource> pageSources, Provenance provenance) {
        this(project, bodies, histories, panels, pageSources, provenance, AcknowledgementRegister.NONE, EvidenceRegister.NONE);
    }

    /** Until the engine says where the build comes from. */
    static final Provenance NOT_STATED = Provenance.unsigned("", "", "unknown");

    public SiteInputs(IsmsProject project, RenderedDocuments bodies, Map<String, HistoryView> histories,
            List<DashboardPanel> panels, List<PageSource> pageSources) {
        this(project, bodies, histories, panels, pageSources, NOT_STATED);
    }

    /** The key of the Statement of Applicability's record in {@link #histories}: no document id can take it. */
    public static final String SOA_HISTORY = "#soa.yaml";

    public SiteInputs {
        histories = Map.copyOf(histories);
        panels = List.copyOf(panels);
        pageSources = List.copyOf(pageSources);
        acknowledgements = acknowledgements == null ? AcknowledgementRegister.NONE : acknowledgements;
        evidence = evidence == null ? EvidenceRegister.NONE : evidence;
    }

    /** The inputs this build knows today: bodies, and placeholders for the rest. */
    public static SiteInputs of(IsmsProject project, RenderedDocuments bodies) {
        return new SiteInputs(project, bodies, Map.of(), DashboardPanel.placeholders(), List.of(), NOT_STATED);
    }

    /** The same inputs with other dashboard panels; features add theirs without knowing every field. */
    public SiteInputs withPanels(List<DashboardPanel> newPanels) {
        return new SiteInputs(project, bodies, histories, newPanels, pageSources, provenance, acknowledgements, evidence);
    }

    /** The same inputs with what document history establishes: states and revisions, and the dashboard panels. */
    public SiteInputs withHistories(Map<String, HistoryView> histories, List<DashboardPanel> panels) {
        return new SiteInputs(project, bodies, histories, panels, pageSources, provenance, acknowledgements, evidence);
    }

    /** The same inputs with another statement of where the build comes from. */
    public SiteInputs withProvenance(Provenance newProvenance) {
        return new SiteInputs(project, bodies, histories, panels, pageSources, newProvenance, acknowledgements, evidence);
    }

    /** The same inputs with the documents' acknowledgement coverage and the evidence register. */
    public SiteInputs withRecords(AcknowledgementRegister newAcknowledgements, EvidenceRegister newEvidence) {
        return new SiteInputs(project, bodies, histories, panels, pageSources, provenance, newAcknowledgements, newEvidence);
    }

    /** The same inputs with one more page source. */
    public SiteInputs withPageSource(PageSource source) {
        List<PageSource> sources = new ArrayList<>(pageSources);
        sources.add(source);
        return new SiteInputs(project, bodies, histories, panels, sources, provenance, acknowledgements, evidence);
    }

    /**
     * The words of the site's language and of each document's, with the theme's {@code labels_<lang>.properties}
     * over them: what the dashboard's panels and the pages are written in.
     */
    public LabelCatalog labels() {
        return labelsOf(project);
    }

    /** The words of an ISMS's site language and of each document's, with its theme's overrides. */
    public static LabelCatalog labelsOf(IsmsProject project) {
        return new LabelCatalog(project.config().site().language(), new SourceFolder(project.ismsDir()));
    }

    /** The rendered body of a document; every loaded document has one. */
    public RenderedDocument body(String id) {
        return bodies.get(id).orElseThrow(() -> new IllegalStateException("no rendered body for " + id));
    }

    public HistoryView history(String id) {
        return histories.getOrDefault(id, HistoryView.UNKNOWN);
    }

    /** What git history establishes about soa.yaml, the Statement of Applicability. */
    public HistoryView soaHistory() {
        return history(SOA_HISTORY);
    }
}
