package io.github.isms.pack;

import java.util.List;

/**
 * One line of the pack's index: a requirement an auditor samples and the files in the pack that show it.
 *
 * @param clause the clause ("7.5"), or "" for a line that is no single clause
 * @param note   what the files do not say: "not recorded" for facts the ISMS keeps no register of yet, or ""
 */
public record Requirement(String clause, String title, List<PackFile> files, String note) {

    public Requirement {
        files = List.copyOf(files);
    }
}
