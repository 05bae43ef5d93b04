package io.github.isms.readiness;

/** How far one implementation step has come. */
public enum StepState {
    DONE("done"),
    IN_PROGRESS("in progress"),
    NOT_STARTED("not started");

    private final String label;

    StepState(String label) {
        this.label = label;
    }

    /** The word a page shows. */
    public String label() {
        return label;
    }
}
