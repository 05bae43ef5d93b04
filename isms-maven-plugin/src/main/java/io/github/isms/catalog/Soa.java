package io.github.isms.catalog;

import io.github.isms.diag.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * The applicability decisions of soa.yaml, in file order, and what makes the SoA a controlled
 * document. A control soa.yaml does not mention is applicable, with no status stated.
 *
 * @param path                 soa.yaml relative to the project, as diagnostics show it
 * @param present              whether soa.yaml exists
 * @param version              soa.yaml's {@code version:} ({@code major.minor}), or null when it names none
 * @param owner                soa.yaml's {@code owner:} role, else isms.yaml's default owner
 * @param approvers            soa.yaml's {@code approvers:} roles, else isms.yaml's default approvers
 * @param versionAt            where the version is written (the file when it is not), for version findings
 * @param requireJustification isms.yaml's {@code soa.requireJustification}: an applicable control needs a
 *                             justification for its inclusion too
 */
public record Soa(String path, boolean present, List<SoaEntry> entries, String version, String owner,
                  List<String> approvers, SourcePosition versionAt, boolean requireJustification) {

    /** The id the SoA has in the document-control record (its history, its PDF). */
    public static final String ID = "SoA";
    public static final String TITLE = "Statement of Applicability";

    public Soa {
        entries = List.copyOf(entries);
        approvers = List.copyOf(approvers);
    }

    public Soa(String path, boolean present, List<SoaEntry> entries) {
        this(path, present, entries, null, "", List.of(), SourcePosition.file(path), false);
    }

    public Optional<SoaEntry> entry(String controlId) {
        return entries.stream().filter(e -> e.controlId().equals(controlId)).findFirst();
    }

    public boolean applicable(String controlId) {
        return entry(controlId).map(SoaEntry::applicable).orElse(true);
    }
}
