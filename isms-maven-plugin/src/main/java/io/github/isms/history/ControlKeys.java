package io.github.isms.history;

import java.util.List;

/**
 * The few front-matter keys history needs. The {@code id} is a document's identity across renames;
 * the version is kept as written ({@code 1.10} stays {@code "1.10"}).
 *
 * @param approvers approver roles named by the document; empty means the defaults of the rules
 * @param substance a hash of the content without its {@code reviewed:} line, or null when not known
 */
public record ControlKeys(String id, String version, String title, String status, List<String> approvers,
        String substance) {

    public ControlKeys {
        approvers = approvers == null ? List.of() : List.copyOf(approvers);
    }

    /** Keys whose content is not known: every change counts as a change of content. */
    public ControlKeys(String id, String version, String title, String status, List<String> approvers) {
        this(id, version, title, status, approvers, null);
    }

    /** Whether {@code other} says the same as this, apart from its {@code reviewed:} date. */
    public boolean sameSubstanceAs(ControlKeys other) {
        return other != null && substance != null && substance.equals(other.substance);
    }

    ControlKeys withSubstance(String hash) {
        return new ControlKeys(id, version, title, status, approvers, hash);
    }
}
