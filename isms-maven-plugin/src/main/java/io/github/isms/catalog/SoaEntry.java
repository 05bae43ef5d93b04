package io.github.isms.catalog;

import io.github.isms.diag.SourcePosition;
import java.util.Optional;

/**
 * One control's decision in soa.yaml.
 *
 * @param status        empty when soa.yaml does not say
 * @param justification why the control is excluded (required then) or included (optional)
 * @param at            where the control's id is written
 */
public record SoaEntry(String controlId, boolean applicable, String justification, Optional<ImplementationStatus> status,
                       String notes, SourcePosition at) {
}
