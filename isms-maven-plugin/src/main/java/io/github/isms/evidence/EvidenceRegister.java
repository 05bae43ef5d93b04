package io.github.isms.evidence;

import java.util.List;

/**
 * The items of evidence.yaml in file order, judged at one reference date.
 *
 * @param path      evidence.yaml relative to the project, as diagnostics show it
 * @param present   whether evidence.yaml exists; only then is a control without evidence reported
 * @param reference the date freshness is judged at
 */
public record EvidenceRegister(String path, boolean present, List<EvidenceItem> items, String reference) {

    public static final EvidenceRegister NONE = new EvidenceRegister("", false, List.of(), "");

    public EvidenceRegister {
        items = List.copyOf(items);
    }

    /** The items that name this control. */
    public List<EvidenceItem> of(String controlId) {
        return items.stream().filter(i -> i.controlIds().contains(controlId)).toList();
    }

    public List<EvidenceItem> stale() {
        return items.stream().filter(EvidenceItem::stale).toList();
    }
}
