package io.github.isms.render;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import io.github.isms.markdown.Heading;
import io.github.isms.markdown.LineIndex;
import io.github.isms.markdown.MarkdownRenderer;
import io.github.isms.markdown.SafeHtml;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import io.github.isms.template.Expansion;
import io.github.isms.template.Placeholders;
import io.github.isms.xref.ReferenceResolver;
import io.github.isms.xref.ReferenceTargets;
import io.github.isms.xref.References;
import io.github.isms.xref.XrefExtension;
import io.github.isms.diag.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.List;
import java.util.Map;

/**
 * Turns every document body into page-ready HTML: placeholders first, then Markdown, then
 * cross-references, then the sanitizer. Two passes, because an anchor into another document can
 * only be checked once that document's headings are known. Documents are independent within a
 * pass, so each pass runs in parallel; every document collects its own diagnostics. Create one
 * renderer and reuse it: it holds the shared Markdown parser and template engine.
 */
public final class DocumentRenderer {

    private final MarkdownRenderer markdown = new MarkdownRenderer(List.of(XrefExtension.create()));
    private final Placeholders placeholders = new Placeholders();
    /** The headings of the last {@link RenderedDocuments} an earlier version was rendered against. */
    private RenderedDocuments headingsFor;
    private Map<String, List<Heading>> headings;

    /** Renders all documents of {@code project}; every problem goes to {@code diagnostics}. */
    public RenderedDocuments renderAll(IsmsProject project, ReferenceTargets targets, Diagnostics diagnostics) {
        return renderAll(project, targets, diagnostics, RenderCache.none());
    }

    /**
     * Renders all documents of {@code project}, taking from {@code cache} what an earlier build
     * rendered from the same inputs; the result and the diagnostics are the same either way.
     */
    public RenderedDocuments renderAll(IsmsProject project, ReferenceTargets targets, Diagnostics diagnostics, RenderCache cache) {
        List<Document> docs = project.documents();
        List<Optional<RenderCache.Entry>> cached = docs.parallelStream().map(cache::read).toList();
        // Only a document without a kept entry is parsed here: the others' headings come from their entries.
        Parsed[] parsed = new Parsed[docs.size()];
        IntStream.range(0, docs.size()).parallel().filter(i -> cached.get(i).isEmpty())
                .forEach(i -> parsed[i] = parse(project, docs.get(i)));
        Map<String, List<Heading>> headings = new LinkedHashMap<>();
        Map<String, Document> firstById = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            headings.putIfAbsent(docs.get(i).id(), parsed[i] != null ? parsed[i].headings() : cached.get(i).get().document().headings());
            firstById.putIfAbsent(docs.get(i).id(), docs.get(i));
        }
        ReferenceResolver resolver = new ReferenceResolver(project, headings, targets);
        RenderCache.Entry[] results = new RenderCache.Entry[docs.size()];
        IntStream.range(0, docs.size()).parallel().forEach(i -> {
            // A kept entry is still right when what it read of the other documents reads the same now.
            Optional<RenderCache.Entry> entry = cached.get(i)
                    .filter(e -> e.surface().equals(RenderCache.surface(e.document().references(), firstById, headings)));
            if (entry.isPresent()) {
                results[i] = entry.get();
                return;
            }
            Parsed p = parsed[i] != null ? parsed[i] : parse(project, docs.get(i));
            Rendered rendered = render(p, resolver);
            List<Diagnostic> found = new ArrayList<>(p.diagnostics().all());
            found.addAll(rendered.diagnostics().all());
            results[i] = new RenderCache.Entry(RenderCache.surface(rendered.document().references(), firstById, headings),
                    rendered.document(), found);
            cache.rendered(docs.get(i));
            cache.keep(docs.get(i), results[i]);
        });
        cache.commit();

        Map<String, RenderedDocument> byId = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            diagnostics.addAll(results[i].diagnostics());
            // A duplicate id is reported by the document rules; the first document keeps the page.
            byId.putIfAbsent(docs.get(i).id(), results[i].document());
        }
        return new RenderedDocuments(byId);
    }

    /**
     * Renders one document that is not among the project's own (an earlier version of one of them),
     * its references resolved against the current documents' headings in {@code current}. Those are
     * collected once per {@code current}, not once per version: an ISMS of thousands of documents has
     * tens of thousands of versions.
     */
    public RenderedDocument renderOne(IsmsProject project, Document doc, RenderedDocuments current,
            ReferenceTargets targets, Diagnostics diagnostics) {
        Parsed parsed = parse(project, doc);
        Rendered rendered = render(parsed, new ReferenceResolver(project, headingsOf(current), targets));
        diagnostics.addAll(parsed.diagnostics().all());
        diagnostics.addAll(rendered.diagnostics().all());
        return rendered.document();
    }

    private synchronized Map<String, List<Heading>> headingsOf(RenderedDocuments current) {
        if (headingsFor != current) {
            headings = current.headings();
            headingsFor = current;
        }
        return headings;
    }

    private Parsed parse(IsmsProject project, Document doc) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            // A body whose placeholders fail is still parsed as written, so its references are checked too.
            Expansion body = placeholders.expand(project.config(), doc, diagnostics).orElse(Expansion.unchanged(doc.body()));
            LineIndex lines = new LineIndex(doc.path(), doc.bodyFirstLine(), body.text(), body::bodyLineOf, doc.body());
            com.vladsch.flexmark.util.ast.Document ast = markdown.parse(body.text(), lines, diagnostics);
            return new Parsed(doc, ast, lines, markdown.headings(ast), diagnostics);
        } catch (StackOverflowError e) {
            tooComplex(doc, diagnostics);
            return new Parsed(doc, markdown.parse(""), new LineIndex(doc.path(), doc.bodyFirstLine(), ""), List.of(), diagnostics);
        }
    }

    private Rendered render(Parsed p, ReferenceResolver resolver) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            References references = resolver.resolve(p.doc(), p.ast(), p.lines(), diagnostics);
            markdown.reportUnsafeHtml(p.ast(), p.lines(), diagnostics);
            SafeHtml html = markdown.render(p.ast());
            return new Rendered(new RenderedDocument(p.doc().id(), html.html(), p.headings(), references, html.text()), diagnostics);
        } catch (StackOverflowError e) {
            tooComplex(p.doc(), diagnostics);
            return new Rendered(new RenderedDocument(p.doc().id(), "", p.headings(), References.none(), ""), diagnostics);
        }
    }

    /**
     * The last resort behind the limits of templates and Markdown: the libraries recurse on nesting, and
     * an input no limit foresaw must fail its own document with a diagnostic, not the build with a stack trace.
     */
    private static void tooComplex(Document doc, Diagnostics diagnostics) {
        diagnostics.report(Code.DOCUMENT_TOO_COMPLEX, SourcePosition.file(doc.path()), "document " + doc.id()
                + " is nested too deeply to render (the stack overflowed); simplify its nesting of lists, quotes or placeholders");
    }

    private record Parsed(Document doc, com.vladsch.flexmark.util.ast.Document ast, LineIndex lines, List<Heading> headings,
            Diagnostics diagnostics) {
    }

    private record Rendered(RenderedDocument document, Diagnostics diagnostics) {
    }
}
