package io.github.isms.catalog;

import java.util.Optional;

/**
 * One control of a catalog: its id (e.g. {@code A.5.15}), short title, the group it belongs to
 * (a 2022 theme, a 2013 section, or a group of an organisation's own catalog) and, where the
 * catalog has them, its control objective (2013 edition).
 */
public record Control(String id, String title, String catalogId, String groupId, String objectiveId) {

    public Optional<String> objective() {
        return Optional.ofNullable(objectiveId);
    }
}
