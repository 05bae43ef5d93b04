package io.github.isms.evidence;

import io.github.isms.diag.Located;
import io.github.isms.diag.SourcePosition;
import java.util.List;

/**
 * One item of evidence.yaml with its freshness at the build's reference date; plain values for the control
 * pages, the SoA and the audit pack ({@code ""} where a value is not set).
 *
 * @param controls       the controls it shows operating, where each is written
 * @param owner          the role that collects it
 * @param frequency      how often it is collected, as written ({@code quarterly}, {@code P3M})
 * @param collected      the days it was collected, oldest first (ISO dates)
 * @param location       a path under {@code evidence/} (relative to the ISMS folder) or an https URL; {@code ""} when none
 * @param file           whether {@link #location} is a file of the ISMS (else a URL)
 * @param published      whether the file goes into the site: its classification is within the site's
 * @param lastCollected  the latest of {@link #collected}, or {@code ""}
 * @param due            {@link #lastCollected} plus the frequency, or {@code ""}
 * @param stale          never collected, or {@link #due} lies before the reference date
 * @param at             where the item starts
 */
public record EvidenceItem(String id, List<Located<String>> controls, String description, String owner, String frequency,
                           List<String> collected, String location, boolean file, String classification, boolean published,
                           String lastCollected, String due, boolean stale, SourcePosition at) {

    public EvidenceItem {
        controls = List.copyOf(controls);
        collected = List.copyOf(collected);
    }

    public List<String> controlIds() {
        return controls.stream().map(Located::value).toList();
    }

    /** Where the site publishes the file, relative to the site root ({@code evidence/restore-test.pdf}); {@code ""} when it does not. */
    public String sitePath() {
        return file && published ? location : "";
    }

    /** "fresh", "stale" or "never collected", as pages and the CSV say it. */
    public String freshness() {
        return lastCollected.isEmpty() ? "never collected" : stale ? "stale" : "fresh";
    }
}
