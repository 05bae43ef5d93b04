package io.github.isms.history;

import java.util.List;

/**
 * The few front-matter keys history needs. The {@code id} is a document's identity across renames;
 * the version is kept as written ({@code 1.10} stays {@code "1.10"}).
 *
 * @param approvers approver roles named by the document; empty means the defaults of the rules
 */
public record ControlKeys(String id, String version, String title, String status, List<String> approvers) {

    public ControlKeys {
        approvers = approvers == null ? List.of() : List.copyOf(approvers);
    }
}
