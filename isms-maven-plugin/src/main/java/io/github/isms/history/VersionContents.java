package io.github.isms.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Reads the text of a document as it was at a revision, to publish superseded versions. */
public final class VersionContents implements AutoCloseable {

    private final Repository repository;

    private VersionContents(Repository repository) {
        this.repository = repository;
    }

    /** Opens the repository around {@code documentsDir}; empty when there is none. */
    public static Optional<VersionContents> open(Path documentsDir) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(documentsDir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new VersionContents(builder.setMustExist(true).build()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The revision's content as UTF-8 text; empty when the object is missing (a truncated history). */
    public Optional<String> text(Revision revision) {
        try {
            byte[] bytes = repository.open(ObjectId.fromString(revision.blobId())).getBytes();
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
