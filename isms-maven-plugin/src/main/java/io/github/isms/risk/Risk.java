package io.github.isms.risk;

import io.github.isms.diag.Located;
import io.github.isms.diag.SourcePosition;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One risk of risks.yaml, as read; values that were missing or invalid have been reported and are
 * empty (or null for text), so one bad value never hides the rest of the register.
 *
 * @param inherent   the level before treatment; empty when likelihood or impact is missing or off the scale
 * @param controls   the Annex A (or own catalog) controls that treat it, with their places
 * @param plan       what will be done (the treatment plan's action), or null
 * @param residual   the level expected once treated; empty when not assessed
 * @param reviewed   when the risk was last assessed
 * @param at         where the risk's id is written (its first key when the id is missing)
 */
public record Risk(String id, String title, String owner, List<String> assets, String description,
                   Optional<Rating> inherent, Optional<Treatment> treatment, List<Located<String>> controls, String plan,
                   Optional<LocalDate> due, Optional<PlanStatus> status, Optional<Rating> residual,
                   Optional<Acceptance> acceptance, Optional<LocalDate> reviewed, SourcePosition at) {

    public Risk {
        assets = List.copyOf(assets);
        controls = List.copyOf(controls);
    }

    public List<String> controlIds() {
        return controls.stream().map(Located::value).toList();
    }

    /** The level the organisation lives with now: the residual when assessed, else the inherent. */
    public Optional<Rating> current() {
        return residual.or(() -> inherent);
    }

    public int inherentScore() {
        return inherent.map(Rating::score).orElse(0);
    }
}
