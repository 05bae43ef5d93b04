package io.github.isms.render;

import io.github.isms.model.Document;
import java.nio.file.Path;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The {@link RenderCache}'s entries that builds in this JVM already decoded or wrote, and the keys
 * of the documents they were worked out for. {@code isms:serve} opens the cache again for every
 * rebuild; without this, each one hashed every document and read and decoded every entry from disk
 * again. Holds what the cache folder holds, never more: an entry comes here only once it is on
 * disk (or read from there), and leaves when the cache drops it.
 */
public final class RenderMemory {

    private final Map<String, RenderCache.Entry> entries = new ConcurrentHashMap<>();
    private Keys keys = new Keys("");
    private Path folder;

    /** An empty memory, to be kept and passed to every opening of one cache in this JVM. */
    public static RenderMemory empty() {
        return new RenderMemory();
    }

    /* The cache folder this memory now mirrors; one it did not mirror before starts it empty. */
    synchronized void mirror(Path cacheFolder) {
        if (!cacheFolder.equals(folder)) {
            entries.clear();
            folder = cacheFolder;
        }
    }

    Optional<RenderCache.Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    void keep(String key, RenderCache.Entry entry) {
        entries.put(key, entry);
    }

    /* Forgets every entry but those of the last build. */
    void retain(Set<String> used) {
        entries.keySet().retainAll(used);
    }

    /*
     * The key of {@code doc} (a document is immutable, and the loader hands out the same object for an
     * unchanged file) with the sources' hash {@code sources}, worked out by {@code key} the first time.
     */
    String key(String sources, Document doc, Function<Document, String> key) {
        Keys current;
        synchronized (this) {
            if (!keys.sources().equals(sources)) {
                keys = new Keys(sources);
            }
            current = keys;
        }
        synchronized (current.byDocument()) {
            String known = current.byDocument().get(doc);
            if (known != null) {
                return known;
            }
        }
        String computed = key.apply(doc);
        synchronized (current.byDocument()) {
            current.byDocument().put(doc, computed);
        }
        return computed;
    }

    /* Forgets the keys of documents that the last build did not have (edited or deleted since). */
    synchronized void retainKeys(Collection<Document> documents) {
        Map<Document, String> kept = new IdentityHashMap<>();
        synchronized (keys.byDocument()) {
            for (Document doc : documents) {
                String key = keys.byDocument().get(doc);
                if (key != null) {
                    kept.put(doc, key);
                }
            }
        }
        keys = new Keys(keys.sources(), kept);
    }

    private record Keys(String sources, Map<Document, String> byDocument) {

        Keys(String sources) {
            this(sources, new IdentityHashMap<>());
        }
    }
}
