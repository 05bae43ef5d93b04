package io.github.isms.render;

import io.github.isms.diag.Diagnostics;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns every document body into page-ready HTML: placeholders first, then Markdown, then
 * cross-references, then the sanitizer. Two passes, because an anchor into another document can
 * only be checked once that document's headings are known. Create one and reuse it: it holds the
 * shared Markdown parser and template engine.
 */
public final class DocumentRenderer {

    private final MarkdownRenderer markdown = new MarkdownRenderer(List.of(XrefExtension.create()));
    private final Placeholders placeholders = new Placeholders();

    /** Renders all documents of {@code project}; every problem goes to {@code diagnostics}. */
    public RenderedDocuments renderAll(IsmsProject project, ReferenceTargets targets, Diagnostics diagnostics) {
        Map<String, Parsed> parsed = new LinkedHashMap<>();
        Map<String, List<Heading>> headings = new LinkedHashMap<>();
        for (Document doc : project.documents()) {
            // A body whose placeholders fail is still parsed as written, so its references are checked too.
            Expansion body = placeholders.expand(project.config(), doc, diagnostics).orElse(Expansion.unchanged(doc.body()));
            com.vladsch.flexmark.util.ast.Document ast = markdown.parse(body.text());
            LineIndex lines = new LineIndex(doc.path(), doc.bodyFirstLine(), body.text(), body::bodyLineOf);
            parsed.putIfAbsent(doc.id(), new Parsed(doc, ast, lines));
            headings.putIfAbsent(doc.id(), markdown.headings(ast));
        }
        ReferenceResolver resolver = new ReferenceResolver(project, headings, targets);
        Map<String, RenderedDocument> rendered = new LinkedHashMap<>();
        for (Parsed p : parsed.values()) {
            References references = resolver.resolve(p.doc(), p.ast(), p.lines(), diagnostics);
            markdown.reportUnsafeHtml(p.ast(), p.lines(), diagnostics);
            SafeHtml html = markdown.render(p.ast());
            rendered.put(p.doc().id(), new RenderedDocument(p.doc().id(), html.html(), headings.get(p.doc().id()), references, html.text()));
        }
        return new RenderedDocuments(rendered);
    }

    private record Parsed(Document doc, com.vladsch.flexmark.util.ast.Document ast, LineIndex lines) {
    }
}
