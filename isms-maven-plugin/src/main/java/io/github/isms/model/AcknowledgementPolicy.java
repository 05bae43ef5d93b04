package io.github.isms.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who must acknowledge which documents, and how: isms.yaml's {@code audiences:} and {@code acknowledgement:}.
 *
 * @param audiences by name, in file order
 * @param form      the URL template of the form that records an acknowledgement ({@code {id}}, {@code {version}},
 *                  {@code {title}}), or null when none is configured
 * @param renewOn   which new versions must be acknowledged again
 * @param within    how long after the approval of a version its audience has to acknowledge it
 */
public record AcknowledgementPolicy(Map<String, AudienceSource> audiences, String form, RenewOn renewOn,
                                    ReviewInterval within) {

    public static final ReviewInterval DEFAULT_WITHIN = ReviewInterval.parse("30 days").orElseThrow();
    public static final AcknowledgementPolicy NONE = new AcknowledgementPolicy(Map.of(), null, RenewOn.MAJOR, DEFAULT_WITHIN);

    public AcknowledgementPolicy {
        audiences = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(audiences));
    }

    /** Which change of version makes an earlier acknowledgement no longer count. */
    public enum RenewOn {
        /** A new major version (2.0 after 1.3); minor versions keep the acknowledgements of their major. */
        MAJOR,
        /** Every new version, minor ones too. */
        MINOR;

        public static Optional<RenewOn> parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "major" -> Optional.of(MAJOR);
                case "minor", "every" -> Optional.of(MINOR);
                default -> Optional.empty();
            };
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
