package io.github.isms.risk;

/** A risk level: likelihood and impact, each a 1-based level of the {@link RiskScale}. */
public record Rating(int likelihood, int impact) {

    public int score() {
        return likelihood * impact;
    }
}
