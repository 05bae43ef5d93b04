package io.github.isms.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything read from an ISMS's sources: configuration and documents, in path order. Further
 * parts (SoA, risks) join as their features arrive.
 */
public record IsmsProject(Path projectDir, Path ismsDir, IsmsConfig config, List<Document> documents) {

    /** The same project with {@code changed} in place of the document of its id. */
    public IsmsProject withDocument(Document changed) {
        return new IsmsProject(projectDir, ismsDir, config,
                documents.stream().map(d -> d.id().equals(changed.id()) ? changed : d).toList());
    }

    public Optional<Document> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
