package io.github.isms.readiness;

import java.util.List;

/** One implementation step as the ISMS shows it: its state, why, and what proves it. */
public record StepStatus(ImplementationStep step, StepState state, String reason, List<Proof> proofs) {

    public StepStatus {
        proofs = List.copyOf(proofs);
    }
}
