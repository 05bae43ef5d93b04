package io.github.isms.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A control catalog: ISO/IEC 27001 Annex A of one edition, or an organisation's own set (NIS2
 * measures, an internal control set).
 *
 * @param source where it was read from: a plugin resource, or the file relative to the project
 */
public record Catalog(String id, String title, List<ControlGroup> groups, String source) {

    /** Every control, in catalog order. */
    public List<Control> controls() {
        return groups.stream().flatMap(g -> g.controls().stream()).toList();
    }

    public Optional<Control> control(String id) {
        return controls().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<ControlGroup> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public int size() {
        return groups.stream().mapToInt(g -> g.controls().size()).sum();
    }
}
