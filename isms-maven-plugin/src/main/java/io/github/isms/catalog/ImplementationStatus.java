package io.github.isms.catalog;

import java.util.Arrays;
import java.util.Optional;

/** How far a control is implemented, as soa.yaml states it. */
public enum ImplementationStatus {
    IMPLEMENTED("implemented"),
    PARTIAL("partial"),
    PLANNED("planned"),
    NOT_STARTED("not-started");

    private final String label;

    ImplementationStatus(String label) {
        this.label = label;
    }

    /** The word soa.yaml and the SoA use. */
    public String label() {
        return label;
    }

    public static Optional<ImplementationStatus> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(text.strip())).findFirst();
    }
}
