package io.github.isms.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything read from an ISMS's sources: configuration and documents, in path order. Further
 * parts (SoA, risks) join as their features arrive.
 */
public record IsmsProject(Path projectDir, Path ismsDir, IsmsConfig config, List<Document> documents) {

    public Optional<Document> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
