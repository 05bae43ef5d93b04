package io.github.isms.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The applicability decisions of soa.yaml, in file order. A control soa.yaml does not mention is
 * applicable, with no status stated.
 *
 * @param path    soa.yaml relative to the project, as diagnostics show it
 * @param present whether soa.yaml exists
 */
public record Soa(String path, boolean present, List<SoaEntry> entries) {

    public Optional<SoaEntry> entry(String controlId) {
        return entries.stream().filter(e -> e.controlId().equals(controlId)).findFirst();
    }

    public boolean applicable(String controlId) {
        return entry(controlId).map(SoaEntry::applicable).orElse(true);
    }
}
