package io.github.isms.source;

import io.github.isms.model.IsmsConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What earlier loads in this JVM read of the ISMS: each file's text under its {@link FileStamp},
 * and each document as read from that text. {@code isms:serve} loads the ISMS again on every save,
 * and reading and parsing a thousand unchanged files was a good part of each rebuild; with this,
 * only the files whose stamp changed are read again. An optimisation only: a load with an empty
 * memory gives the same project.
 *
 * <p>A file's text is kept only when its modification and change times lay more than a file
 * system's granularity before it was read ({@link FileStamp#settledBefore}): a save within the
 * same tick as the read, with the same size, would leave the stamp as it was, so such a file is
 * read again next time, and kept once its times have settled. A later write changes the
 * modification time, the change time (which no tool sets back) or the inode (an editor that saves
 * by renaming). This trusts the file system's clock to agree with this machine's within that
 * granularity, as every build tool that compares modification times does.
 */
public final class SourceMemory {

    private final boolean enabled;
    private final Clock clock;
    private final Map<Path, Remembered> files = new ConcurrentHashMap<>();
    private final Map<Path, Parsed> documents = new ConcurrentHashMap<>();
    private IsmsConfig config;

    private SourceMemory(boolean enabled, Clock clock) {
        this.enabled = enabled;
        this.clock = clock;
    }

    /** An empty memory, to be kept and passed to every load of one ISMS in this JVM. */
    public static SourceMemory empty() {
        return empty(Clock.systemUTC());
    }

    /* An empty memory whose idea of now is {@code clock}'s: a test can let freshly written files be settled. */
    static SourceMemory empty(Clock clock) {
        return new SourceMemory(true, clock);
    }

    /** A memory that keeps nothing: every load reads every file. */
    public static SourceMemory none() {
        return new SourceMemory(false, Clock.systemUTC());
    }

    /* The moment before a file's stamp is taken. */
    Instant now() {
        return clock.instant();
    }

    /* The text read before, when the file (as named, and where it really lies) has the same stamp. */
    Optional<SourceFile> file(Path file, Path real, FileStamp stamp, String shown) {
        Remembered remembered = enabled ? files.get(file) : null;
        if (remembered == null || !remembered.real().equals(real) || !remembered.stamp().equals(stamp)
                || !remembered.source().relativePath().equals(shown)) {
            return Optional.empty();
        }
        return Optional.of(remembered.source());
    }

    /* Keeps the text read from {@code real}, whose stamp was taken after {@code before}, when that stamp can be trusted. */
    void keep(Path real, FileStamp stamp, Instant before, SourceFile source) {
        if (enabled && stamp.settledBefore(before)) {
            files.put(source.file(), new Remembered(real, stamp, source));
        }
    }

    /* From now on documents are read with {@code current}; what was read with another configuration is forgotten. */
    synchronized void configure(IsmsConfig current) {
        if (!Objects.equals(config, current)) {
            documents.clear();
            config = current;
        }
    }

    /* The document read before from this very text (the same object {@link #file} returned) at this relative path. */
    Optional<ProjectLoader.Loaded> document(SourceFile source, String relativePath) {
        Parsed parsed = enabled ? documents.get(source.file()) : null;
        return parsed != null && parsed.source() == source && parsed.relativePath().equals(relativePath)
                ? Optional.of(parsed.loaded()) : Optional.empty();
    }

    void keep(SourceFile source, String relativePath, ProjectLoader.Loaded loaded) {
        if (enabled) {
            documents.put(source.file(), new Parsed(source, relativePath, loaded));
        }
    }

    /* Forgets the files that are no longer there to load (deleted, renamed), so the memory holds one ISMS at most. */
    void retain(Collection<Path> loaded) {
        Set<Path> kept = new HashSet<>(loaded); // a set: a list's contains made this quadratic in the documents
        files.keySet().retainAll(kept);
        documents.keySet().retainAll(kept);
    }

    private record Remembered(Path real, FileStamp stamp, SourceFile source) {
    }

    private record Parsed(SourceFile source, String relativePath, ProjectLoader.Loaded loaded) {
    }
}
