package io.github.isms.xref;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import io.github.isms.markdown.Heading;
import io.github.isms.markdown.HtmlSanitizer;
import io.github.isms.markdown.LineIndex;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks and rewrites the references of one parsed document body: {@code [[...]]} cross-references,
 * relative links to other documents' {@code .md} files and to files under {@code assets/}. Each
 * missing target or anchor is reported where it is written; every working reference is rewritten
 * to its page URL (see {@link PageUrls}). Absolute URLs are left to the sanitizer.
 */
public final class ReferenceResolver {

    private final IsmsProject project;
    private final Map<String, List<Heading>> headings;
    private final ReferenceTargets targets;
    private final RelativeLinks links;
    /** The project's documents by id and by file, built on the first reference to another document. */
    private volatile Index index;

    /**
     * Costs nothing per document: an earlier version is resolved against the project at its commit, and
     * most versions refer to no other document, so the project's documents are first looked at when a
     * reference needs them.
     *
     * @param headings every document's headings by document id, so anchors into other documents can be
     *                 checked (not copied when it is already unmodifiable)
     */
    public ReferenceResolver(IsmsProject project, Map<String, List<Heading>> headings, ReferenceTargets targets) {
        this.project = project;
        this.headings = Map.copyOf(headings);
        this.targets = targets;
        this.links = new RelativeLinks(project.ismsDir());
    }

    private record Index(Map<String, Document> byId, Map<Path, Document> byFile) {
    }

    private Index index() {
        Index built = index;
        if (built == null) {
            synchronized (this) {
                built = index;
                if (built == null) {
                    built = new Index(
                            project.documents().stream().collect(Collectors.toMap(Document::id, Function.identity(), (a, b) -> a)),
                            project.documents().stream().collect(Collectors.toMap(this::fileOf, Function.identity(), (a, b) -> a)));
                    index = built;
                }
            }
        }
        return built;
    }

    /** Resolves every reference in {@code ast} (the parsed body of {@code doc}) and returns what it refers to. */
    public References resolve(Document doc, com.vladsch.flexmark.util.ast.Document ast, LineIndex lines, Diagnostics diagnostics) {
        Pass pass = new Pass(doc, lines, diagnostics);
        pass.visit(ast);
        return new References(pass.documents, pass.controls, pass.clauses);
    }

    /** A document id that differs from {@code id} only in case, as a hint for a typo. */
    private Optional<String> similarId(String id) {
        return index().byId().keySet().stream().filter(known -> known.equalsIgnoreCase(id)).sorted().findFirst();
    }

    private static String abbreviate(String url) {
        return url.length() <= 40 ? url : url.substring(0, 40) + "...";
    }

    private Path fileOf(Document doc) {
        return project.projectDir().resolve(doc.path()).normalize();
    }

    /** The state of resolving one document. */
    private final class Pass {
        private final Document doc;
        private final LineIndex lines;
        private final Diagnostics diagnostics;
        final TreeSet<String> documents = new TreeSet<>();
        final TreeSet<String> controls = new TreeSet<>();
        final TreeSet<String> clauses = new TreeSet<>();

        Pass(Document doc, LineIndex lines, Diagnostics diagnostics) {
            this.doc = doc;
            this.lines = lines;
            this.diagnostics = diagnostics;
        }

        void visit(Node parent) {
            Node next;
            for (Node node = parent.getFirstChild(); node != null; node = next) {
                next = node.getNext();
                visit(node);
                if (node instanceof XrefNode xref) {
                    crossReference(xref);
                } else if (node instanceof Link link) {
                    BasedSequence url = url(link.getUrl());
                    if (url == null) {
                        unlink(link);
                    } else {
                        link.setUrl(url);
                    }
                } else if (node instanceof Image image) {
                    image(image);
                } else if (node instanceof Reference reference) {
                    BasedSequence url = url(reference.getUrl());
                    reference.setUrl(url == null ? reference.getUrl() : url);
                }
            }
        }

        private void image(Image image) {
            if (HtmlSanitizer.isAbsolute(image.getUrl().toString())) {
                diagnostics.report(Code.HTML_UNSAFE, lines.at(image.getUrl().getStartOffset(), image.getUrl()),
                        "an image from another server is not shown; put the file under assets/");
                return;
            }
            BasedSequence url = url(image.getUrl());
            image.setUrl(url == null ? image.getUrl() : url);
        }

        /** Keeps a link's text and drops the link, for a target the site does not publish. */
        private static void unlink(Link link) {
            for (Node child = link.getFirstChild(); child != null; child = link.getFirstChild()) {
                link.insertBefore(child);
            }
            link.unlink();
        }

        private void crossReference(XrefNode xref) {
            SourcePosition at = lines.at(xref.getStartOffset(), xref.getChars());
            String id = xref.target();
            Optional<Document> target = Optional.ofNullable(index().byId().get(id));
            if (target.isPresent()) {
                Optional<String> anchor = anchor(target.get(), xref.anchor(), at);
                String label = xref.text() != null ? xref.text() : target.get().title();
                if (!visible(target.get())) {
                    xref.unpublished(xref.text() != null ? xref.text() : id);
                } else {
                    xref.resolve(anchor.map(a -> PageUrls.document(id, a)).orElse(PageUrls.document(id, null)), label);
                }
                note(target.get());
                return;
            }
            // A link to a control reads in the document's language where the catalog gives the title in it.
            Optional<String> control = targets.controlTitle(id, doc.language());
            Optional<String> clause = control.isPresent() ? Optional.empty() : targets.clauseTitle(id);
            if (control.isEmpty() && clause.isEmpty()) {
                diagnostics.report(Code.REF_NOT_FOUND, at,
                        "[[" + id + "]]: no document, control of the active catalog or clause has the id '" + id + "'"
                                + similarId(id).map(similar -> "; did you mean " + similar + "?").orElse(""));
                xref.resolve(null, xref.text() != null ? xref.text() : id);
                return;
            }
            if (xref.anchor() != null) {
                diagnostics.report(Code.REF_ANCHOR_NOT_FOUND, at, "[[" + id + "#" + xref.anchor()
                        + "]]: anchors point into documents only, not into controls or clauses");
            }
            String label = xref.text() != null ? xref.text() : id + " " + control.or(() -> clause).get();
            if (control.isPresent()) {
                controls.add(id);
                xref.resolve(PageUrls.control(id), label);
            } else {
                clauses.add(id);
                xref.resolve(PageUrls.clause(id), label);
            }
        }

        /**
         * Checks and rewrites a link or image destination: returns it unchanged when it is not ours
         * to rewrite, and null when it leads to a document the site does not publish.
         */
        private BasedSequence url(BasedSequence written) {
            String url = written.unescape();
            if (url.isEmpty()) {
                return written;
            }
            SourcePosition at = lines.at(written.getStartOffset(), written);
            if (HtmlSanitizer.isAbsolute(url)) {
                if (!RelativeLinks.isSafeExternal(url)) {
                    diagnostics.report(Code.HTML_UNSAFE, at, "the link '" + abbreviate(url) + "' is removed from the page; "
                            + "only http:, https: and mailto: links are kept");
                }
                return written;
            }
            RelativeLinks.Target target;
            try {
                target = links.resolve(fileOf(doc), url);
            } catch (InvalidPathException e) {
                diagnostics.report(Code.LINK_UNRESOLVED, at, "link '" + abbreviate(url) + "' is not a valid file path");
                return written;
            }
            if (target.path() == null) {
                Optional<String> anchor = anchor(doc, target.anchor(), at);
                return anchor.map(a -> BasedSequence.of(PageUrls.anchor(a))).orElse(written);
            }
            if (target.isMarkdown()) {
                Document other = index().byFile().get(target.path());
                if (other == null) {
                    diagnostics.report(Code.REF_NOT_FOUND, at, "link '" + url + "': no document at "
                            + project.projectDir().relativize(target.path()).toString().replace('\\', '/'));
                    return written;
                }
                Optional<String> anchor = anchor(other, target.anchor(), at);
                note(other);
                return visible(other) ? BasedSequence.of(PageUrls.document(other.id(), anchor.orElse(null))) : null;
            }
            if (links.isAsset(target.path())) {
                String asset = links.assetPath(target.path());
                switch (links.asset(target.path())) {
                    case MISSING -> diagnostics.report(Code.ASSET_NOT_FOUND, at,
                            "'" + url + "': the file " + asset + " does not exist under assets/");
                    case OUTSIDE -> diagnostics.report(Code.FILE_OUTSIDE_SOURCE, at, "'" + url + "': assets/" + asset
                            + " is, or passes through, a symbolic link that leads outside the ISMS folder (or outside assets/); "
                            + "it is not published");
                    case REFUSED_TYPE -> diagnostics.report(Code.ASSET_TYPE_REFUSED, at, "'" + url + "': assets/" + asset
                            + " is not a passive file type and is not published (allowed: images except SVG, PDF, "
                            + "office documents, .txt, .csv); convert it, for example an SVG or HTML page to PNG or PDF");
                    case PUBLISHABLE -> {
                        return BasedSequence.of(PageUrls.asset(asset, target.anchor()));
                    }
                }
                return written;
            }
            diagnostics.report(Code.LINK_UNRESOLVED, at, "link '" + url + "' is neither a document (.md) nor a file under assets/; "
                    + "the site would not contain it (put the file under assets/ or link an absolute URL)");
            return written;
        }

        /** The anchor's heading id in {@code target}, reporting when there is none; empty when no anchor was written. */
        private Optional<String> anchor(Document target, String anchor, SourcePosition at) {
            if (anchor == null || anchor.isEmpty()) {
                return Optional.empty();
            }
            List<Heading> known = headings.getOrDefault(target.id(), List.of());
            Optional<String> id = known.stream().filter(h -> h.id().equals(anchor)).map(Heading::id).findFirst()
                    .or(() -> known.stream().filter(h -> h.text().equalsIgnoreCase(anchor)).map(Heading::id).findFirst());
            if (id.isEmpty()) {
                diagnostics.report(Code.REF_ANCHOR_NOT_FOUND, at, target.id() + " has no heading '" + anchor + "'"
                        + (known.isEmpty() ? " (it has no headings)" : "; its anchors are "
                        + known.stream().limit(12).map(Heading::id).collect(Collectors.joining(", "))));
            }
            return id;
        }

        /**
         * Whether the site publishes {@code target}. Referring to a confidential register from an
         * internal policy is normal; the page then shows the id without a link (and without the title).
         */
        private boolean visible(Document target) {
            return project.config().publishable(target.classification());
        }

        private void note(Document target) {
            if (!target.id().equals(doc.id())) {
                documents.add(target.id());
            }
        }
    }
}
