package io.github.isms.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A piece of documented information an edition of ISO/IEC 27001 requires (clause 7.5.1 a).
 *
 * @param kind       {@code document} (maintained) or {@code record} (retained)
 * @param refs       the clauses and controls that require it, e.g. {@code 6.1.3(d)} or {@code A.5.9}
 * @param extended   a duty beyond the commonly published lists
 * @param producedBy the source file from which the plugin itself produces it (the SoA from soa.yaml)
 */
public record MandatoryItem(String name, String kind, List<String> refs, boolean extended, String producedBy) {

    public Optional<String> produced() {
        return Optional.ofNullable(producedBy);
    }
}
