package io.github.isms.catalog.pages;

import io.github.isms.site.HistoryView;
import java.util.List;

/**
 * What makes the Statement of Applicability a controlled document, on its page and on its PDF's cover:
 * soa.yaml's version, owner and approver roles, and what git history establishes about it.
 *
 * @param version    soa.yaml's {@code version:}, or {@code ""} when it names none
 * @param history    state (approved, draft), approval, revision rows (each linking its redline, where there is one)
 * @param redlineUrl the redline of this version against the approved one before it, or {@code ""}
 */
public record SoaControl(String version, String owner, List<String> approvers, HistoryView history,
                         String redlineUrl) {

    public SoaControl {
        approvers = List.copyOf(approvers);
    }

    public String approverList() {
        return String.join(", ", approvers);
    }

    public boolean draft() {
        return history.draft();
    }

    /** The state as a label key and CSS word: {@code approved}, {@code draft}, or {@code not-established}. */
    public String stateKey() {
        return state().replace(' ', '-');
    }

    /** {@code approved}, {@code draft}, or {@code not established}. */
    public String state() {
        return history.state() == null ? "not established" : history.state();
    }
}
