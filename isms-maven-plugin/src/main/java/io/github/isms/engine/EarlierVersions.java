package io.github.isms.engine;

import io.github.isms.catalog.pages.SoaRedlinePage;
import io.github.isms.diag.Diagnostics;
import io.github.isms.history.DocumentHistory;
import io.github.isms.history.DocumentStanding;
import io.github.isms.history.HistoryResult;
import io.github.isms.history.Revision;
import io.github.isms.history.VersionContents;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import io.github.isms.render.DocumentRenderer;
import io.github.isms.render.RenderedDocuments;
import io.github.isms.history.EarlierVersion;
import io.github.isms.site.HistoryViews;
import io.github.isms.redline.Redline;
import io.github.isms.redline.RenderedRedline;
import io.github.isms.history.pages.VersionArchive;
import io.github.isms.history.pages.VersionRedline;
import io.github.isms.source.DocumentReader;
import io.github.isms.source.SourceFile;
import io.github.isms.xref.ReferenceTargets;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Every earlier approved version of every document, rendered from its content at the commit that
 * approved it against the documents as they were at that commit (a link to a document renamed or
 * removed since resolves as it did then), and the redline of every version, the one being built
 * included, against the approved version before it. Problems in old content are not reported:
 * history can not be corrected, and the current version is checked on its own.
 *
 * <p>Made, it has only listed the versions (reading their front matter, rendering nothing); their bodies
 * and redlines are rendered one document at a time when they are asked for, and let go by whoever asked,
 * so that memory does not grow with the history.
 */
final class EarlierVersions implements VersionArchive {

    /** A version becomes part of a URL only when it is a plain token. */
    private static final Pattern SAFE_VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");

    private final IsmsProject project;
    private final HistoryResult history;
    private final RenderedDocuments current;
    private final ReferenceTargets targets;
    private final Path documentsDir;
    private final List<Listed> versions = new ArrayList<>();
    private final Map<String, String> currentRedlines = new LinkedHashMap<>();

    private EarlierVersions(IsmsProject project, HistoryResult history, RenderedDocuments current,
            ReferenceTargets targets, Path documentsDir) {
        this.project = project;
        this.history = history;
        this.current = current;
        this.targets = targets;
        this.documentsDir = documentsDir;
    }

    /** The superseded versions the site publishes and the redlines of all versions, listed, not yet rendered. */
    static VersionArchive of(IsmsProject project, HistoryResult history, RenderedDocuments current,
            ReferenceTargets targets, Path documentsDir) {
        EarlierVersions archive = new EarlierVersions(project, history, current, targets, documentsDir);
        if (!archive.walk(null, document -> {
            document.versions().forEach(v -> archive.versions.add(new Listed(v.id(), v.version(), v.inForce())));
            document.redlines().stream().filter(VersionRedline::current)
                    .forEach(r -> archive.currentRedlines.put(r.id(), r.previousVersion()));
        })) {
            return VersionArchive.EMPTY;
        }
        return archive;
    }

    @Override
    public List<Listed> versions() {
        return Collections.unmodifiableList(versions);
    }

    @Override
    public Map<String, String> currentRedlines() {
        return Collections.unmodifiableMap(currentRedlines);
    }

    @Override
    public void forEachDocument(Consumer<DocumentVersions> each) {
        walk(new DocumentRenderer(), each);
    }

    /**
     * Goes through every document's approved versions in order, handing each document's to {@code each}: rendered
     * with {@code renderer}, or, without one, only listed (bodies and redlines empty, the current version's redline
     * there only when there is one). False when there is no repository to read them from.
     */
    private boolean walk(DocumentRenderer renderer, Consumer<DocumentVersions> each) {
        Optional<VersionContents> opened = VersionContents.open(documentsDir);
        if (opened.isEmpty()) {
            return false;
        }
        Map<String, DocumentHistory> byId = history.byId();
        try (VersionContents contents = opened.get()) {
            ProjectsThen then = renderer == null ? null : new ProjectsThen(project, contents, documentsDir);
            for (Document doc : project.documents()) {
                DocumentHistory h = byId.get(doc.id());
                if (h != null) {
                    each.accept(document(doc, h, contents, renderer, then));
                }
            }
        }
        return true;
    }

    /** One document's earlier versions and redlines; without a renderer, only listed. */
    private DocumentVersions document(Document doc, DocumentHistory h, VersionContents contents,
            DocumentRenderer renderer, ProjectsThen then) {
        boolean render = renderer != null;
        List<EarlierVersion> versions = new ArrayList<>();
        List<VersionRedline> redlines = new ArrayList<>();
        // Only an approved version supersedes one: the latest approved stays in force under a newer draft.
        String inForce = DocumentStanding.of(doc, h).inForceVersion();
        Approved previous = null;
        Approved beforeCurrent = null;
        for (Revision r : h.versionTable()) {
            if (!r.approved() || r.version() == null || !SAFE_VERSION.matcher(r.version()).matches()) {
                continue;
            }
            Optional<String> text = contents.text(r);
            if (text.isEmpty()) {
                continue;
            }
            Optional<Document> old = read(project, doc, r, text.get());
            if (old.isEmpty()) {
                continue;
            }
            boolean isCurrent = r.version().equals(doc.versionText());
            String html = isCurrent || !render ? "" : then.render(renderer, r, old.get(), text.get(), current, targets);
            if (!isCurrent) {
                String redline = previous == null || !render ? "" : Redline.html(previous.body(), old.get().body());
                versions.add(new EarlierVersion(doc.id(), old.get().title(), r.version(),
                        r.date().toLocalDate().toString(), HistoryViews.names(r.approvers()), html, redline,
                        previous == null ? "" : previous.version(), old.get(), r.version().equals(inForce)));
                if (!redline.isEmpty()) {
                    redlines.add(new VersionRedline(doc.id(), r.version(), previous.version(), false,
                            RenderedRedline.html(previous.html(), html), redline));
                }
                beforeCurrent = new Approved(r.version(), old.get().body(), html);
            } else if (h.state().isDraft()) {
                // A draft under the version last approved is compared with that approval.
                beforeCurrent = new Approved(r.version(), old.get().body(),
                        render ? then.render(renderer, r, old.get(), text.get(), current, targets) : "");
            }
            previous = new Approved(r.version(), old.get().body(), html);
        }
        currentRedline(doc, beforeCurrent, render).ifPresent(redlines::add);
        return new DocumentVersions(doc.id(), versions, redlines);
    }

    /** An approved version as the next one is compared with it: its source body and its rendering. */
    private record Approved(String version, String body, String html) {
    }

    /**
     * The version being built against the approved version before it (for a draft: the last approved one);
     * unrendered, only its versions.
     */
    private Optional<VersionRedline> currentRedline(Document doc, Approved before, boolean render) {
        if (before == null) {
            return Optional.empty();
        }
        String source = Redline.html(before.body(), doc.body());
        if (source.isEmpty()) {
            return Optional.empty();
        }
        if (!render) {
            return Optional.of(new VersionRedline(doc.id(), doc.versionText(), before.version(), true, "", ""));
        }
        String html = current.get(doc.id()).map(b -> b.html()).orElse("");
        return Optional.of(new VersionRedline(doc.id(), doc.versionText(), before.version(), true,
                RenderedRedline.html(before.html(), html), source));
    }

    /**
     * The project as it was at a commit: today's configuration with the documents the documents folder held
     * then, so that {@code [[ID]]} and {@code .md} links resolve as they did. The folder is read only when a
     * version refers to another document (reading it costs as much as the whole ISMS, for each commit), and
     * only the projects of the last few commits and the last few thousand file versions are kept, so that
     * time and memory grow with the number of versions, not with versions times documents.
     */
    private static final class ProjectsThen {
        private static final int COMMITS_KEPT = 16;

        private final IsmsProject project;
        private final VersionContents contents;
        private final String documentsPath;
        private final Map<String, IsmsProject> byCommit = lru(COMMITS_KEPT);
        private final Map<String, Optional<Document>> byBlobAndPath;

        ProjectsThen(IsmsProject project, VersionContents contents, Path documentsDir) {
            this.project = project;
            this.contents = contents;
            Path relative = project.projectDir().toAbsolutePath().normalize()
                    .relativize(documentsDir.toAbsolutePath().normalize());
            String path = relative.toString().replace('\\', '/');
            this.documentsPath = path.isEmpty() ? "" : path + "/";
            this.byBlobAndPath = lru(Math.max(1000, 2 * project.documents().size()));
        }

        /**
         * A version rendered as it read at its commit: from where the file was then (relative links start
         * there), against the documents of that commit.
         */
        String render(DocumentRenderer renderer, Revision r, Document version, String text,
                RenderedDocuments current, ReferenceTargets targets) {
            IsmsProject then = byCommit.computeIfAbsent(r.commitId(), commit -> new IsmsProject(project.projectDir(),
                    project.ismsDir(), project.config(), new DocumentsAt(commit)));
            Document located = contents.documentPath(r.path())
                    .flatMap(relative -> read(relative, text).filter(d -> d.id().equals(version.id())))
                    .orElse(version);
            return renderer.renderOne(then, located, current, targets, new Diagnostics()).html();
        }

        private Optional<Document> read(String relative, String text) {
            return new DocumentReader(project.config(), new Diagnostics()).read(new SourceFile(
                    project.projectDir().resolve(documentsPath + relative), documentsPath + relative, text), relative);
        }

        /** The documents at a commit, read on first use. */
        private final class DocumentsAt extends AbstractList<Document> {
            private final String commitId;
            private List<Document> documents;

            DocumentsAt(String commitId) {
                this.commitId = commitId;
            }

            @Override
            public Document get(int index) {
                return documents().get(index);
            }

            @Override
            public int size() {
                return documents().size();
            }

            private synchronized List<Document> documents() {
                if (documents == null) {
                    documents = read(commitId);
                }
                return documents;
            }
        }

        private List<Document> read(String commitId) {
            Map<String, String> files = contents.documentsAt(commitId);
            if (files.isEmpty()) {
                return project.documents();
            }
            List<Document> documents = new ArrayList<>();
            files.forEach((relative, blob) -> byBlobAndPath.computeIfAbsent(blob + "\u0000" + relative,
                    key -> contents.text(blob).flatMap(text -> read(relative, text)))
                    .ifPresent(documents::add));
            return documents;
        }

        private static <V> Map<String, V> lru(int capacity) {
            return new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                    return size() > capacity;
                }
            };
        }
    }

    /**
     * The redlines of soa.yaml: each version against the approved version before it, as the revision rows of the
     * SoA link them. The source is compared: soa.yaml is what its approvers read.
     */
    static List<SoaRedlinePage> soaRedlines(DocumentHistory soa, Path ismsDir) {
        Optional<VersionContents> opened = VersionContents.open(ismsDir);
        if (opened.isEmpty()) {
            return List.of();
        }
        List<SoaRedlinePage> pages = new ArrayList<>();
        try (VersionContents contents = opened.get()) {
            String previousVersion = null;
            String previousText = null;
            for (Revision r : soa.versionTable()) {
                Optional<String> text = contents.text(r);
                if (r.version() == null || !SAFE_VERSION.matcher(r.version()).matches() || text.isEmpty()) {
                    continue;
                }
                if (previousText != null && !r.version().equals(previousVersion)) {
                    String redline = Redline.html(previousText, text.get());
                    if (!redline.isEmpty()) {
                        pages.add(new SoaRedlinePage(r.version(), previousVersion, r.date().toLocalDate().toString(), redline));
                    }
                }
                if (r.approved()) {
                    previousVersion = r.version();
                    previousText = text.get();
                }
            }
        }
        return pages;
    }

    private static Optional<Document> read(IsmsProject project, Document current, Revision r, String text) {
        SourceFile file = new SourceFile(project.projectDir().resolve(current.path()), current.path(), text);
        return new DocumentReader(project.config(), new Diagnostics()).read(file, current.relativePath())
                .filter(d -> d.id().equals(current.id()));
    }
}
