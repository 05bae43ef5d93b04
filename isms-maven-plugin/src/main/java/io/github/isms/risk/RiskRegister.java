package io.github.isms.risk;

import java.util.Comparator;
import java.util.List;

/**
 * The risks of risks.yaml (clauses 6.1.2 and 6.1.3, documented information 8.2 and 8.3) in file order.
 *
 * @param path    risks.yaml relative to the project, as diagnostics show it
 * @param present whether risks.yaml exists; without it the site has no risk pages
 */
public record RiskRegister(String path, boolean present, RiskScale scale, List<Risk> risks) {

    /** Highest inherent score first; ties by id, so the order never depends on the file's. */
    public static final Comparator<Risk> BY_INHERENT_SCORE =
            Comparator.comparingInt(Risk::inherentScore).reversed().thenComparing(Risk::id);

    public RiskRegister {
        risks = List.copyOf(risks);
    }

    public static RiskRegister absent(String path) {
        return new RiskRegister(path, false, RiskScale.defaults(), List.of());
    }

    public List<Risk> byInherentScore() {
        return risks.stream().sorted(BY_INHERENT_SCORE).toList();
    }

    /** The risks that name this control under {@code controls:}, highest inherent score first. */
    public List<Risk> treatedBy(String controlId) {
        return byInherentScore().stream().filter(r -> r.controlIds().contains(controlId)).toList();
    }

    /** Risks whose current level (residual, else inherent) is above the appetite. */
    public List<Risk> aboveAppetite() {
        return byInherentScore().stream().filter(r -> r.current().map(scale::aboveAppetite).orElse(false)).toList();
    }

    /** Risks with no treatment decided yet. */
    public List<Risk> untreated() {
        return byInherentScore().stream().filter(r -> r.treatment().isEmpty()).toList();
    }
}
