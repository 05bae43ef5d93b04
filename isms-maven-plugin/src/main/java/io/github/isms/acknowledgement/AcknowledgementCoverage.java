package io.github.isms.acknowledgement;

import java.util.List;

/**
 * How far a document's audiences have acknowledged the version in force: plain values for pages, the
 * register, the dashboard and the audit pack ({@code ""} where a date is not established).
 *
 * @param audiences      the audiences its {@code acknowledge:} names
 * @param version        the version to acknowledge: the one in force, else the one written (no approval known)
 * @param since          the oldest version whose acknowledgement still counts (the major's first approved version
 *                       under {@code renewOn: major}, else {@link #version})
 * @param approved       when {@link #since} was approved, or {@code ""} when history does not say
 * @param due            {@link #approved} plus {@code acknowledgement.within}, or {@code ""}
 * @param audienceSize   how many people the audiences hold together
 * @param acknowledged   how many of them acknowledged a version from {@link #since} on
 * @param outstanding    the e-mail addresses of the others, sorted; a page shows them only at or above {@link #classification}
 * @param classification the highest classification of its audiences
 * @param overdue        someone is outstanding and {@link #due} lies before the build's reference date
 */
public record AcknowledgementCoverage(String document, List<String> audiences, String version, String since,
                                      String approved, String due, int audienceSize, int acknowledged,
                                      List<String> outstanding, String classification, boolean overdue) {

    public AcknowledgementCoverage {
        audiences = List.copyOf(audiences);
        outstanding = List.copyOf(outstanding);
    }

    /** "acknowledged by 45 of 50". */
    public String text() {
        return "acknowledged by " + acknowledged + " of " + audienceSize;
    }

    public boolean complete() {
        return acknowledged == audienceSize;
    }
}
