package io.github.isms.acknowledgement.pages;

import io.github.isms.acknowledgement.AcknowledgementCoverage;
import io.github.isms.acknowledgement.AcknowledgementRegister;
import io.github.isms.i18n.Labels;
import io.github.isms.site.DashboardPanel;
import io.github.isms.site.SiteInputs;
import io.github.isms.site.DocumentSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's panel of staff acknowledgement: each document that names audiences and is not yet acknowledged
 * by all of them, overdue ones first. It names documents, never people; only documents the site publishes.
 */
public final class AcknowledgementPanel {

    private AcknowledgementPanel() {
    }

    /** The inputs with the panel added; unchanged when no document names audiences. */
    public static SiteInputs addTo(SiteInputs inputs) {
        AcknowledgementRegister register = inputs.acknowledgements();
        if (register.byDocument().isEmpty()) {
            return inputs;
        }
        List<AcknowledgementCoverage> shown = register.byDocument().values().stream()
                .filter(c -> inputs.project().document(c.document())
                        .map(d -> inputs.project().config().publishable(d.classification())).orElse(false))
                .toList();
        Labels words = inputs.labels().site();
        List<DashboardPanel.Item> items = new ArrayList<>();
        shown.stream().filter(AcknowledgementCoverage::overdue).forEach(c -> items.add(item(inputs, c, words)));
        shown.stream().filter(c -> !c.overdue() && !c.complete()).forEach(c -> items.add(item(inputs, c, words)));
        long complete = shown.stream().filter(AcknowledgementCoverage::complete).count();
        List<DashboardPanel> panels = new ArrayList<>(inputs.panels());
        panels.add(new DashboardPanel("acknowledgement", words.get("panel.acknowledgementTitle", complete, shown.size()),
                words.get("panel.acknowledgementNone"), items));
        return inputs.withPanels(panels);
    }

    private static DashboardPanel.Item item(SiteInputs inputs, AcknowledgementCoverage c, Labels words) {
        String title = inputs.project().document(c.document()).map(d -> d.title()).orElse("");
        String when = c.overdue() ? words.get("panel.acknowledgementOverdue", words.date(c.due()))
                : c.due().isEmpty() ? "" : words.get("panel.acknowledgementDue", words.date(c.due()));
        return new DashboardPanel.Item(c.document() + " " + title,
                words.get("panel.acknowledgementItem", c.version(), c.acknowledged(), c.audienceSize()) + (when.isEmpty() ? "" : ", " + when),
                DocumentSummary.pagePath(c.document()) + "#acknowledgement");
    }
}
