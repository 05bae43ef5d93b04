package io.github.isms.history;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Front matter by blob id, shared by the threads that read history and by the scan of the work tree: a
 * version that stays through renames and reverts, or is still the file on disk, is read and parsed once.
 */
final class FrontMatterCache {

    /** The content of a blob, read only when its front matter is not known yet. */
    @FunctionalInterface
    interface Content {
        byte[] bytes() throws IOException;
    }

    private final FrontMatterReader reader;
    /** Sized for thousands of versions: growing a concurrent map under two writers is a hot spot. */
    private final Map<ObjectId, Optional<ControlKeys>> byBlob = new ConcurrentHashMap<>(1 << 13);

    FrontMatterCache(FrontMatterReader reader) {
        this.reader = reader;
    }

    /** Tells the cache the front matter of {@code blob}, found by an earlier build. */
    void know(ObjectId blob, Optional<ControlKeys> keys) {
        byBlob.putIfAbsent(blob, keys);
    }

    Optional<ControlKeys> get(ObjectId blob, Content content) throws IOException {
        Optional<ControlKeys> known = byBlob.get(blob);
        if (known == null) {
            known = reader.read(content.bytes());
            byBlob.put(blob, known);
        }
        return known;
    }
}
