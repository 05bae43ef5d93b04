package io.github.isms.risk;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The risk treatment options of ISO/IEC 27005, each with the other name it is often given
 * (ISO/IEC 27001:2013's wording and common practice): both spellings are read.
 */
public enum Treatment {
    MODIFY("modify", "mitigate"),
    RETAIN("retain", "accept"),
    AVOID("avoid", "terminate"),
    SHARE("share", "transfer");

    private final String key;
    private final String synonym;

    Treatment(String key, String synonym) {
        this.key = key;
        this.synonym = synonym;
    }

    public String key() {
        return key;
    }

    /** "modify (mitigate)", as pages and messages show it. */
    public String label() {
        return key + " (" + synonym + ")";
    }

    public static Optional<Treatment> parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        return Stream.of(values()).filter(t -> t.key.equals(value) || t.synonym.equals(value)).findFirst();
    }

    public static List<String> labels() {
        return Stream.of(values()).map(Treatment::label).toList();
    }
}
