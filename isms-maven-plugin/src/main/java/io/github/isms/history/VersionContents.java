package io.github.isms.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Reads the text of a document as it was at a revision, to publish superseded versions. */
public final class VersionContents implements AutoCloseable {

    private final Repository repository;
    /** The documents folder relative to the work tree, {@code ""} or ending in {@code /}; null when it is outside. */
    private final String prefix;

    private VersionContents(Repository repository, String prefix) {
        this.repository = repository;
        this.prefix = prefix;
    }

    /** Opens the repository around {@code documentsDir}; empty when there is none. */
    public static Optional<VersionContents> open(Path documentsDir) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(documentsDir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            Repository repository = builder.setMustExist(true).build();
            String prefix;
            try {
                prefix = repository.isBare() ? null : HistoryReader.prefixOf(repository, documentsDir.toAbsolutePath().normalize());
            } catch (IOException | HistoryException e) {
                prefix = null;
            }
            return Optional.of(new VersionContents(repository, prefix));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The revision's content as UTF-8 text; empty when the object is missing (a truncated history). */
    public Optional<String> text(Revision revision) {
        return text(revision.blobId());
    }

    /**
     * A path of the repository ({@link Revision#path()}) relative to the documents folder; empty when the
     * path lies outside it or the folder is outside the work tree.
     */
    public Optional<String> documentPath(String repositoryPath) {
        return prefix == null || !repositoryPath.startsWith(prefix) ? Optional.empty()
                : Optional.of(repositoryPath.substring(prefix.length()));
    }

    /**
     * The Markdown files under the documents folder at {@code commitId}, as the folder looked then: path
     * relative to the documents folder to blob id. Empty when the commit or the folder can not be read.
     */
    public Map<String, String> documentsAt(String commitId) {
        if (prefix == null) {
            return Map.of();
        }
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(commitId));
            Map<String, String> documents = new TreeMap<>();
            HistoryReader.blobsAt(reader, commit, prefix).forEach((path, blob) -> documents.put(path.substring(prefix.length()), blob));
            return documents;
        } catch (IOException | IllegalArgumentException e) {
            return Map.of();
        }
    }

    /** A blob's content as UTF-8 text; empty when the object is missing. */
    public Optional<String> text(String blobId) {
        try {
            byte[] bytes = repository.open(ObjectId.fromString(blobId)).getBytes();
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
