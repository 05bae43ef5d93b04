package io.github.isms.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The editions of ISO/IEC 27001 the plugin ships catalogs for, named as isms.yaml's {@code framework:}. */
public enum Edition {
    ISO27001_2013("iso27001:2013"),
    ISO27001_2022("iso27001:2022");

    private final String framework;

    Edition(String framework) {
        this.framework = framework;
    }

    public String framework() {
        return framework;
    }

    public static Optional<Edition> of(String framework) {
        return Arrays.stream(values()).filter(e -> e.framework.equalsIgnoreCase(framework)).findFirst();
    }

    /** The base name of this edition's resources, e.g. {@code iso27001-2022}. */
    String resourcePrefix() {
        return framework.replace(':', '-');
    }
}
