package io.github.isms.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The editions of ISO/IEC 27001 the plugin ships catalogs for, named as isms.yaml's {@code framework:}. */
public enum Edition {
    ISO27001_2013("iso27001:2013", "2013"),
    ISO27001_2022("iso27001:2022", "2022");

    private final String framework;
    private final String year;

    Edition(String framework, String year) {
        this.framework = framework;
        this.year = year;
    }

    public String framework() {
        return framework;
    }

    public String year() {
        return year;
    }

    public static Optional<Edition> of(String framework) {
        return Arrays.stream(values()).filter(e -> e.framework.equalsIgnoreCase(framework)).findFirst();
    }

    /** The base name of this edition's resources, e.g. {@code iso27001-2022}. */
    String resourcePrefix() {
        return "iso27001-" + year;
    }
}
