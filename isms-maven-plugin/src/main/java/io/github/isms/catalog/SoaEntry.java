package io.github.isms.catalog;

import io.github.isms.diag.SourcePosition;
import java.util.Optional;

/**
 * One control's decision in soa.yaml.
 *
 * @param status        empty when soa.yaml does not say, or says something that is no status
 * @param justification why the control is excluded (required then) or included (optional)
 * @param at            where the control's id is written
 * @param statusWritten whether soa.yaml writes a status (an unknown one is reported as such, not as missing)
 */
public record SoaEntry(String controlId, boolean applicable, String justification, Optional<ImplementationStatus> status,
                       String notes, SourcePosition at, boolean statusWritten) {

    public SoaEntry(String controlId, boolean applicable, String justification, Optional<ImplementationStatus> status,
            String notes, SourcePosition at) {
        this(controlId, applicable, justification, status, notes, at, status.isPresent());
    }
}
