package io.github.isms.risk.pages;

import io.github.isms.risk.Rating;
import io.github.isms.risk.Risk;
import io.github.isms.risk.RiskScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How many risks lie at each likelihood and impact: a table, highest impact in the first row,
 * likelihood rising to the right, as risk matrices are drawn.
 *
 * @param caption     what the table counts
 * @param likelihoods the column headings, lowest first ("1 Rare")
 * @param unrated     risks left out because this level is not assessed
 */
public record HeatMap(String id, String caption, List<String> likelihoods, List<Row> rows, int unrated) {

    public record Row(String impact, List<Cell> cells) {
    }

    /** @param above whether the cell's score exceeds the appetite */
    public record Cell(int score, boolean above, List<String> riskIds) {

        public int count() {
            return riskIds.size();
        }
    }

    static HeatMap of(String id, String caption, RiskScale scale, List<Risk> risks, Function<Risk, Optional<Rating>> level) {
        List<String> likelihoods = new ArrayList<>();
        for (int l = 1; l <= scale.likelihood().size(); l++) {
            likelihoods.add(l + " " + scale.likelihood().get(l - 1));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = scale.impact().size(); i >= 1; i--) {
            List<Cell> cells = new ArrayList<>();
            for (int l = 1; l <= scale.likelihood().size(); l++) {
                Rating here = new Rating(l, i);
                List<String> ids = risks.stream().filter(r -> level.apply(r).filter(here::equals).isPresent()).map(Risk::id).toList();
                cells.add(new Cell(here.score(), scale.aboveAppetite(here), ids));
            }
            rows.add(new Row(i + " " + scale.impact().get(i - 1), cells));
        }
        int unrated = (int) risks.stream().filter(r -> level.apply(r).isEmpty()).count();
        return new HeatMap(id, caption, likelihoods, rows, unrated);
    }
}
