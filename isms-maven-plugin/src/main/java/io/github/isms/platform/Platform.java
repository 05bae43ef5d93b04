package io.github.isms.platform;

import java.util.Locale;
import java.util.Optional;

/** The code hosting platforms whose request approvals can be recorded. */
public enum Platform {
    GITHUB,
    GITLAB;

    /** The name in parameters and in the note's {@code platform} key. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Platform> byId(String id) {
        for (Platform platform : values()) {
            if (platform.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }
}
