package io.github.isms.risk.pages;

import io.github.isms.i18n.Labels;
import io.github.isms.risk.Acceptance;
import io.github.isms.risk.PlanStatus;
import io.github.isms.risk.Rating;
import io.github.isms.risk.Risk;
import io.github.isms.risk.RiskScale;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One risk as the pages show it: text only, every empty value {@code ""}.
 *
 * @param inherent  the level and its score, e.g. "20 (Likely × Severe)"
 * @param controls  the controls that treat it, each linking its control page
 */
public record RiskLine(String id, String title, String description, String assets, String owner, String inherent,
                       boolean inherentAbove, String treatment, List<ControlLink> controls, String plan, String due,
                       String status, String residual, boolean residualAbove, String acceptance, String reviewed) {

    /** A control as a link; the url is relative to the site root. */
    public record ControlLink(String id, String url) {
    }

    /**
     * @param words the page's words: the treatment ({@code modify (mitigate)}) and the acceptance's date in its language;
     *              due and review dates stay ISO 8601, for the page's {@code <time datetime>}
     */
    static RiskLine of(Risk risk, RiskScale scale, Labels words) {
        return new RiskLine(risk.id(), risk.title(), text(risk.description()), String.join(", ", risk.assets()), risk.owner(),
                level(risk.inherent(), scale), risk.inherent().map(scale::aboveAppetite).orElse(false),
                risk.treatment().map(t -> words.get("treatment." + t.key())).orElse(""),
                risk.controlIds().stream().map(id -> new ControlLink(id, "controls/" + id + ".html")).toList(),
                text(risk.plan()), date(risk.due()), risk.status().map(PlanStatus::key).orElse(""),
                level(risk.residual(), scale), risk.residual().map(scale::aboveAppetite).orElse(false),
                risk.acceptance().map(a -> accepted(a, words)).orElse(""), date(risk.reviewed()));
    }

    static String level(Optional<Rating> rating, RiskScale scale) {
        return rating.map(r -> r.score() + " (" + scale.describe(r) + ")").orElse("");
    }

    private static String accepted(Acceptance acceptance, Labels words) {
        return acceptance.date() == null ? acceptance.by() : acceptance.by() + ", " + words.date(acceptance.date().toString());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
