package io.github.isms.history.pages;

import io.github.isms.history.EarlierVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The earlier approved versions of the documents and the redlines of every version. The rendered bodies
 * of a large ISMS's history take more memory than everything else the build holds (a few hundred megabytes
 * at a few thousand documents, growing with the history), so an archive lists its versions without them
 * and hands the rendered versions out one document at a time: whoever writes them lets each document's go
 * before the next one is rendered.
 */
public interface VersionArchive {

    /** An archive without versions: no history, or no git repository. */
    VersionArchive EMPTY = of(List.of(), List.of());

    /** Every earlier version the archive publishes, in document order, without bodies. */
    List<Listed> versions();

    /**
     * Per document id whose version being built differs from the approved one before it, that approved version:
     * the current page links its redline.
     */
    Map<String, String> currentRedlines();

    /** Renders each document's earlier versions and redlines in turn and hands them to {@code each}, in document order. */
    void forEachDocument(Consumer<DocumentVersions> each);

    /** An earlier version as pages link it: its document and its version; {@code inForce} as {@link EarlierVersion#inForce()}. */
    record Listed(String id, String version, boolean inForce) {

        /** {@code docs/<ID>/v<version>/index.html}. */
        public String path() {
            return EarlierVersion.pagePath(id, version);
        }
    }

    /** One document's earlier versions, rendered, and the redlines of its versions (the current one's included). */
    record DocumentVersions(String id, List<EarlierVersion> versions, List<VersionRedline> redlines) {

        public DocumentVersions {
            versions = List.copyOf(versions);
            redlines = List.copyOf(redlines);
        }
    }

    /** An archive of versions already rendered, grouped by document in the order they come. */
    static VersionArchive of(List<EarlierVersion> versions, List<VersionRedline> redlines) {
        Map<String, List<EarlierVersion>> versionsById = new LinkedHashMap<>();
        Map<String, List<VersionRedline>> redlinesById = new LinkedHashMap<>();
        versions.forEach(v -> versionsById.computeIfAbsent(v.id(), k -> new ArrayList<>()).add(v));
        redlines.forEach(r -> {
            versionsById.computeIfAbsent(r.id(), k -> new ArrayList<>());
            redlinesById.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        });
        List<Listed> listed = versions.stream().map(v -> new Listed(v.id(), v.version(), v.inForce())).toList();
        Map<String, String> current = new LinkedHashMap<>();
        redlines.stream().filter(VersionRedline::current).forEach(r -> current.put(r.id(), r.previousVersion()));
        List<DocumentVersions> documents = new ArrayList<>();
        versionsById.forEach((id, own) -> documents.add(new DocumentVersions(id, own, redlinesById.getOrDefault(id, List.of()))));
        return new VersionArchive() {
            @Override
            public List<Listed> versions() {
                return listed;
            }

            @Override
            public Map<String, String> currentRedlines() {
                return current;
            }

            @Override
            public void forEachDocument(Consumer<DocumentVersions> each) {
                documents.forEach(each);
            }
        };
    }
}
