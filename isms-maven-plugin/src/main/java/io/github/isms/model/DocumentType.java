package io.github.isms.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of documented information, as front matter names them. */
public enum DocumentType {
    POLICY, PROCEDURE, STANDARD, GUIDELINE, PLAN, REGISTER, RECORD, EXTERNAL;

    public static Optional<DocumentType> parse(String text) {
        return Arrays.stream(values()).filter(t -> t.key().equals(text.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The name as written in front matter. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The plural heading for navigation: "Policies", "Procedures". */
    public String plural() {
        return switch (this) {
            case POLICY -> "Policies";
            case EXTERNAL -> "External documents";
            default -> key().substring(0, 1).toUpperCase(Locale.ROOT) + key().substring(1) + "s";
        };
    }
}
