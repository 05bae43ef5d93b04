package io.github.isms.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one Markdown dialect of the ISMS: CommonMark with tables, footnotes, definition lists,
 * heading ids, {@code [TOC]}, admonitions and strikethrough. Build one instance and share it: the
 * Flexmark parser and renderer inside are immutable and thread-safe, and building them is the
 * expensive part. Every HTML it returns has been sanitized.
 */
public final class MarkdownRenderer {

    private final DataHolder options;
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final RendererOutput rendererOutput = new RendererOutput(sanitizer);

    /** The standard dialect. */
    public MarkdownRenderer() {
        this(List.of());
    }

    /** The standard dialect plus further syntax (for example the {@code [[ID]]} cross-references). */
    public MarkdownRenderer(List<? extends Extension> more) {
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(), FootnoteExtension.create(), DefinitionExtension.create(),
                TocExtension.create(), Admonitions.create(), StrikethroughExtension.create(), AttributeLists.create()));
        extensions.addAll(more);
        this.options = new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(TablesExtension.CLASS_NAME, "table")
                .toImmutable();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /**
     * Parses a document body within the safety limits of {@link MarkdownLimits}: a body over them is
     * reported at its line and comes back empty, so nothing later recurses into it.
     */
    public Document parse(String markdown, LineIndex lines, Diagnostics diagnostics) {
        if (MarkdownLimits.refusedBeforeParsing(markdown, lines, diagnostics)) {
            return parser.parse("");
        }
        Document document = parser.parse(markdown);
        return MarkdownLimits.refusedAfterParsing(document, lines, diagnostics) ? parser.parse("") : document;
    }

    /** The headings in document order, with the same ids the rendered HTML gives them. */
    public List<Heading> headings(Document document) {
        HeaderIdGenerator ids = new HeaderIdGenerator(options);
        ids.generateIds(document);
        List<Heading> headings = new ArrayList<>();
        collectHeadings(document, ids, headings);
        return List.copyOf(headings);
    }

    /**
     * Renders a parsed (and possibly rewritten) document to sanitized HTML. Only raw HTML puts
     * markup into the page that the renderer did not write itself (an attribute list adds attributes
     * to the renderer's own elements, each checked like any other): a document without raw HTML is
     * checked and written in one pass over the renderer's output, the same bytes the sanitizer gives,
     * at a fraction of its cost (the sanitizer parses the page into a tree, copies it and writes it out
     * again); a document with raw HTML, or with anything that pass is not sure of, goes through the
     * sanitizer.
     */
    public SafeHtml render(Document document) {
        String html = unsanitized(document);
        if (!hasRawHtml(document)) {
            Optional<SafeHtml> checked = rendererOutput.read(html);
            if (checked.isPresent()) {
                return checked.get();
            }
        }
        return sanitizer.sanitize(html);
    }

    /** Flexmark's HTML as it stands, before any check. */
    String unsanitized(Document document) {
        return renderer.render(document);
    }

    /** Raw HTML (blocks, inline tags, comments) anywhere in the document. */
    private static boolean hasRawHtml(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase || node instanceof HtmlInnerBlock
                    || node instanceof HtmlInnerBlockComment) {
                return true;
            }
        }
        return false;
    }

    /** Parses and renders in one step, for Markdown that needs no rewriting. */
    public SafeHtml render(String markdown) {
        return render(parse(markdown));
    }

    /**
     * Warns about raw HTML that the sanitizer will remove (a script, an event handler, an unsafe
     * URL), at the place it is written: the page will not show what the writer intended. Also
     * warns about relative links in raw HTML, which no check or rewrite reaches.
     */
    public void reportUnsafeHtml(Document document, LineIndex lines, Diagnostics diagnostics) {
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                String html = node.getChars().toString();
                sanitizer.removedFrom(html).ifPresent(what ->
                        diagnostics.report(Code.HTML_UNSAFE, lines.at(node.getStartOffset()),
                                "raw HTML is not safe on an intranet page: " + what));
                sanitizer.relativeUrlsIn(html).forEach(url ->
                        diagnostics.report(Code.HTML_LINK_UNCHECKED, lines.at(node.getStartOffset()),
                                "'" + url + "' in raw HTML is neither checked nor rewritten to a page of the site; "
                                        + "write it as a Markdown link or a [[reference]]"));
            }
        }
    }

    private static void collectHeadings(Node parent, HeaderIdGenerator ids, List<Heading> into) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
                into.add(new Heading(heading.getLevel(), ids.getId(heading), text));
            } else {
                collectHeadings(node, ids, into);
            }
        }
    }
}
