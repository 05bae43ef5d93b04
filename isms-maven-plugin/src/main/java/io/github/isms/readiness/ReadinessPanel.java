package io.github.isms.readiness;

import io.github.isms.i18n.Labels;
import io.github.isms.site.DashboardPanel;
import io.github.isms.site.SiteInputs;
import java.util.ArrayList;
import java.util.List;

/** The dashboard's certification readiness: one line per implementation step, its state, the reason and the proof. */
public final class ReadinessPanel {

    public static final String KEY = "readiness";

    private ReadinessPanel() {
    }

    /** The inputs with the readiness panel first among the dashboard's panels (replacing an earlier one). */
    public static SiteInputs addTo(SiteInputs inputs, List<StepStatus> steps) {
        List<DashboardPanel> panels = new ArrayList<>();
        panels.add(of(steps, inputs.labels().site()));
        inputs.panels().stream().filter(p -> !p.key().equals(KEY)).forEach(panels::add);
        return inputs.withPanels(panels);
    }

    /** The panel in the site's words: the steps' titles, their states and the panel's own lines. */
    static DashboardPanel of(List<StepStatus> steps, Labels words) {
        long done = steps.stream().filter(s -> s.state() == StepState.DONE).count();
        List<DashboardPanel.Item> items = steps.stream().map(s -> new DashboardPanel.Item(
                s.step().number() + ". " + words.get("step." + s.step().key()), reason(s, words),
                s.proofs().stream().map(Proof::path).filter(p -> p != null).findFirst().orElse(null),
                s.state().label())).toList();
        return new DashboardPanel(KEY, words.get("readiness.title", done, steps.size()), words.get("readiness.none"), items);
    }

    /** The reason, and the proofs beyond the first, which the line links. */
    private static String reason(StepStatus s, Labels words) {
        List<String> named = s.proofs().stream().skip(1).map(Proof::label).toList();
        return s.reason() + (named.isEmpty() ? "" : " " + words.get("readiness.also", String.join(", ", named)));
    }
}
