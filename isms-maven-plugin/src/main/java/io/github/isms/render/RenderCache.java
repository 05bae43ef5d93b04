package io.github.isms.render;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Severity;
import io.github.isms.diag.SourcePosition;
import io.github.isms.digest.Sha256;
import io.github.isms.markdown.Heading;
import io.github.isms.model.Document;
import io.github.isms.xref.References;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The rendered bodies of earlier builds, so that a rebuild renders again only the documents whose
 * result can differ: {@code target/isms/cache/render/<key>}, one file per document. An optimisation
 * only: with the cache deleted, from another plugin version, or unreadable, every document is
 * rendered as if there were none, and the site's bytes are the same.
 *
 * <p>A document's key is a SHA-256 of everything its rendering reads of its own: the plugin version,
 * the document itself (front matter and body, path included), the ISMS folder's other files that
 * are not documents, assets or theme (isms.yaml: placeholders and what is published; catalogs; the
 * rest, conservatively), and the list of the paths of every file there but documents (a link
 * resolves against which assets exist). The entry also records the <em>surface</em> it resolved
 * against: of every document, control or clause it names, the named document's path, title,
 * classification and headings, or that there is no document of that id (a link's text is its
 * target's title, an anchor must be one of its headings). Editing one document's body leaves the
 * others' entries valid; changing its title or a heading renders again only the documents that
 * name it; a new document renders none again (a reference to a document that did not exist was an
 * error). Results with errors are never kept (a build with errors publishes nothing).
 *
 * <p>Entries are written only when the sources hashed before loading are still the same after
 * rendering, so that a file saved during a build can never leave a result under a key it does not
 * belong to.
 */
public final class RenderCache {

    private static final String FORMAT = "isms-render-cache 2";
    private static final String VERSION_FILE = "version";

    private final Path dir;
    private final String sources;
    private final SourceFolders folders;
    private final RenderMemory memory;
    private final Map<String, Entry> kept = new ConcurrentHashMap<>();
    private final Map<String, byte[]> written = new ConcurrentHashMap<>();
    private final Map<String, Entry> remembered = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Set<String> rendered = ConcurrentHashMap.newKeySet();
    private final Queue<Document> documents = new ConcurrentLinkedQueue<>();

    private RenderCache(Path dir, String sources, SourceFolders folders, RenderMemory memory) {
        this.dir = dir;
        this.sources = sources;
        this.folders = folders;
        this.memory = memory;
    }

    /** No cache: every document is rendered. */
    public static RenderCache none() {
        return new RenderCache(null, "", null, RenderMemory.empty());
    }

    /**
     * The cache in {@code cacheDir}, emptied when an earlier plugin version (or another format) wrote
     * it. Hashes the ISMS folder's non-document files now: call it before the project is loaded.
     */
    public static RenderCache open(Path cacheDir, String pluginVersion, Path ismsDir, Path documentsDir) {
        return open(cacheDir, pluginVersion, ismsDir, documentsDir, RenderMemory.empty());
    }

    /**
     * The cache in {@code cacheDir}, as {@link #open(Path, String, Path, Path)}, taking the entries and keys that
     * earlier builds of this JVM kept in {@code memory} from there rather than from disk.
     */
    public static RenderCache open(Path cacheDir, String pluginVersion, Path ismsDir, Path documentsDir, RenderMemory memory) {
        SourceFolders folders = new SourceFolders(ismsDir.toAbsolutePath().normalize(), documentsDir.toAbsolutePath().normalize(),
                FORMAT + "\n" + pluginVersion);
        Path dir = cacheDir.resolve("render");
        memory.mirror(dir.toAbsolutePath().normalize());
        try {
            Path version = cacheDir.resolve(VERSION_FILE);
            String expected = FORMAT + "\n" + pluginVersion + "\n";
            if (!Files.isRegularFile(version, LinkOption.NOFOLLOW_LINKS) || !Files.readString(version).equals(expected)) {
                deleteTree(dir);
                Files.createDirectories(cacheDir);
                Files.writeString(version, expected);
                memory.retain(Set.of());
            }
            return new RenderCache(dir, folders.hash(), folders, memory);
        } catch (IOException | UncheckedIOException e) {
            return none(); // an unwritable or odd cache folder only means rendering everything
        }
    }

    boolean enabled() {
        return dir != null;
    }

    /**
     * What a rendering read of the other documents, as a hash: for every document, control or clause it
     * names, the document of that id as a reference shows it (path, title, classification, headings), or
     * that there is none (a control's id would become a document's). Only the first document of an id
     * counts, as in resolving.
     */
    static String surface(References references, Map<String, Document> byId, Map<String, List<Heading>> headings) {
        StringBuilder text = new StringBuilder();
        java.util.SortedSet<String> named = new java.util.TreeSet<>(references.documents());
        named.addAll(references.controls());
        named.addAll(references.clauses());
        for (String id : named) {
            text.append(id).append('\0');
            Document doc = byId.get(id);
            if (doc == null) {
                text.append("none\n");
                continue;
            }
            text.append(doc.path()).append('\0').append(doc.title()).append('\0').append(doc.classification()).append('\0');
            for (Heading heading : headings.getOrDefault(id, List.of())) {
                text.append(heading.level()).append(' ').append(heading.id()).append(' ').append(heading.text()).append('\0');
            }
            text.append('\n');
        }
        return Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Notes that {@code doc} was rendered, not taken from the cache. */
    void rendered(Document doc) {
        rendered.add(doc.path());
    }

    /**
     * The documents (their paths) the last rendering with this cache rendered rather than took from it,
     * sorted: what an edit cost.
     */
    public List<String> rendered() {
        return rendered.stream().sorted().toList();
    }

    /** The document's key: the sources' hash and the document's every field (its positions in order). */
    String key(Document doc) {
        return memory.key(sources, doc, this::hash);
    }

    private String hash(Document doc) {
        String fields = doc.toString();
        int positions = fields.lastIndexOf(", positions=");
        String canonical = (positions < 0 ? fields : fields.substring(0, positions)) + new TreeMap<>(doc.positions());
        return Sha256.hex((sources + "\n" + canonical).getBytes(StandardCharsets.UTF_8));
    }

    /** What an earlier build kept for {@code doc}, if anything readable. */
    Optional<Entry> read(Document doc) {
        if (!enabled()) {
            return Optional.empty();
        }
        documents.add(doc);
        String key = key(doc);
        Optional<Entry> known = memory.entry(key);
        if (known.isPresent()) {
            remembered.put(key, known.get());
            used.add(key);
            return known;
        }
        try {
            Path file = dir.resolve(key);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            Entry entry = Entry.decode(Files.readAllBytes(file));
            remembered.put(key, entry);
            used.add(key);
            return Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code entry} for {@code doc}, written by {@link #commit()}. */
    void keep(Document doc, Entry entry) {
        if (enabled() && entry.diagnostics().stream().noneMatch(Diagnostic::isError)) {
            try {
                String key = key(doc);
                written.put(key, entry.encode());
                kept.put(key, entry);
                used.add(key);
            } catch (RuntimeException e) {
                // a value the format can not hold (none is expected): the document is rendered again next time
            }
        }
    }

    /**
     * Writes what this build kept, when the sources are still as they were hashed, and removes the
     * entries this build did not use (documents since changed or deleted). Nothing kept is held after.
     */
    void commit() {
        if (!enabled()) {
            return;
        }
        try {
            if (!folders.hash().equals(sources)) {
                return; // a file changed during the build: the next build renders it with what it finds then
            }
            Map<String, byte[]> writing = new TreeMap<>(written);
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                // The folder was deleted since the entries in memory were read: they go back to disk too.
                remembered.forEach((key, entry) -> writing.computeIfAbsent(key, k -> entry.encode()));
            }
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> entry : writing.entrySet()) {
                Path temporary = dir.resolve(entry.getKey() + "." + java.util.UUID.randomUUID() + ".tmp");
                Files.write(temporary, entry.getValue());
                Files.move(temporary, dir.resolve(entry.getKey()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            memory.retain(used);
            memory.retainKeys(List.copyOf(documents));
            remembered.forEach(memory::keep);
            kept.forEach(memory::keep);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path file : files) {
                    if (!used.contains(file.getFileName().toString())) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The cache is an optimisation: the next build renders what it can not find.
        } finally {
            // Written or not, the entries are let go: the engine keeps the cache to the end of the build, and they
            // are as large as every rendered body together.
            written.clear();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * The ISMS folder as a document's rendering sees it beyond the document: the contents of the
     * files that are neither documents, assets nor theme, and the path and kind of every file.
     */
    private record SourceFolders(Path isms, Path documents, String seed) {

        String hash() {
            MessageDigest digest = Sha256.newDigest();
            digest.update(seed.getBytes(StandardCharsets.UTF_8));
            try {
                hashTree(isms, digest);
                if (!documents.startsWith(isms)) {
                    hashTree(documents, digest);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return HexFormat.of().formatHex(digest.digest());
        }

        private void hashTree(Path root, MessageDigest digest) throws IOException {
            if (!Files.isDirectory(root)) {
                return;
            }
            List<Path> files = new ArrayList<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return d.equals(isms.resolve("theme")) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
            files.sort(null);
            for (Path file : files) {
                if (file.startsWith(documents) && file.getFileName().toString().endsWith(".md")) {
                    // A document's own key holds it, and what others read of it is in their entries' surfaces:
                    // a new or deleted document leaves the others' entries valid.
                    continue;
                }
                boolean link = Files.isSymbolicLink(file);
                digest.update((file.toString() + (link ? " link" : "") + "\n").getBytes(StandardCharsets.UTF_8));
                if (!link && !file.startsWith(documents) && !file.startsWith(isms.resolve("assets")) && Files.isRegularFile(file)) {
                    digest.update(Sha256.hex(file).getBytes(StandardCharsets.US_ASCII)); // streamed: a large record is never held whole
                }
            }
        }
    }

    /** One document's rendering as a cache keeps it: the result, its diagnostics in order, and the surface it resolved against. */
    record Entry(String surface, RenderedDocument document, List<Diagnostic> diagnostics) {

        byte[] encode() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                text(out, FORMAT);
                text(out, surface);
                text(out, document.id());
                text(out, document.html());
                text(out, document.text());
                out.writeInt(document.headings().size());
                for (Heading h : document.headings()) {
                    out.writeInt(h.level());
                    text(out, h.id());
                    text(out, h.text());
                }
                for (Set<String> ids : List.of(document.references().documents(), document.references().controls(),
                        document.references().clauses())) {
                    List<String> sorted = ids.stream().sorted().toList();
                    out.writeInt(sorted.size());
                    for (String id : sorted) {
                        text(out, id);
                    }
                }
                out.writeInt(diagnostics.size());
                for (Diagnostic d : diagnostics) {
                    text(out, d.severity().name());
                    text(out, d.code().name());
                    text(out, d.position().path());
                    out.writeInt(d.position().line());
                    out.writeInt(d.position().column());
                    text(out, d.message());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        static Entry decode(byte[] bytes) throws IOException {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                if (!text(in).equals(FORMAT)) {
                    throw new IOException("not a render cache entry");
                }
                String surface = text(in);
                String id = text(in);
                String html = text(in);
                String text = text(in);
                List<Heading> headings = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    headings.add(new Heading(in.readInt(), text(in), text(in)));
                }
                List<Set<String>> ids = new ArrayList<>();
                for (int kind = 0; kind < 3; kind++) {
                    List<String> list = new ArrayList<>();
                    for (int i = in.readInt(); i > 0; i--) {
                        list.add(text(in));
                    }
                    ids.add(Set.copyOf(list));
                }
                List<Diagnostic> diagnostics = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    Severity severity = Severity.valueOf(text(in));
                    Code code = Code.valueOf(text(in));
                    SourcePosition at = new SourcePosition(text(in), in.readInt(), in.readInt());
                    diagnostics.add(new Diagnostic(severity, code, at, text(in)));
                }
                if (in.read() != -1) {
                    throw new IOException("trailing bytes");
                }
                return new Entry(surface, new RenderedDocument(id, html, headings, new References(ids.get(0), ids.get(1), ids.get(2)),
                        text), diagnostics);
            }
        }

        private static void text(DataOutputStream out, String value) throws IOException {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        private static String text(DataInputStream in) throws IOException {
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                throw new IOException("bad length");
            }
            return new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }
    }
}
