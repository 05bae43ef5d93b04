package io.github.isms.risk;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** How far a risk's treatment plan has come. */
public enum PlanStatus {
    PLANNED("planned"),
    IN_PROGRESS("in-progress"),
    DONE("done");

    private final String key;

    PlanStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<PlanStatus> parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        return Stream.of(values()).filter(s -> s.key.equals(value)).findFirst();
    }
}
