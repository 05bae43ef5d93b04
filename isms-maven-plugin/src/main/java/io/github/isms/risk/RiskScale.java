package io.github.isms.risk;

import java.util.List;

/**
 * How risks are rated: the named levels of likelihood and of impact, lowest first (level 1 is the
 * first name), and the risk appetite, the highest score (likelihood × impact) the organisation
 * accepts without treatment (ISO/IEC 27001 clause 6.1.2 a) 1): risk acceptance criteria).
 */
public record RiskScale(List<String> likelihood, List<String> impact, int appetite) {

    public static final List<String> DEFAULT_LIKELIHOOD = List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain");
    public static final List<String> DEFAULT_IMPACT = List.of("Negligible", "Minor", "Moderate", "Major", "Severe");

    public RiskScale {
        likelihood = List.copyOf(likelihood);
        impact = List.copyOf(impact);
    }

    /** The five-by-five scale with its default appetite. */
    public static RiskScale defaults() {
        return new RiskScale(DEFAULT_LIKELIHOOD, DEFAULT_IMPACT, defaultAppetite(DEFAULT_LIKELIHOOD.size(), DEFAULT_IMPACT.size()));
    }

    /**
     * The score of the middle level on both axes (9 on five by five): a risk rated above
     * "possible and moderate" needs treatment unless the file says otherwise.
     */
    public static int defaultAppetite(int likelihoodLevels, int impactLevels) {
        return ((likelihoodLevels + 1) / 2) * ((impactLevels + 1) / 2);
    }

    public int maxScore() {
        return likelihood.size() * impact.size();
    }

    public boolean aboveAppetite(Rating rating) {
        return rating.score() > appetite;
    }

    /** For a page or a CSV cell: "Likely × Major". */
    public String describe(Rating rating) {
        return likelihood.get(rating.likelihood() - 1) + " × " + impact.get(rating.impact() - 1);
    }
}
