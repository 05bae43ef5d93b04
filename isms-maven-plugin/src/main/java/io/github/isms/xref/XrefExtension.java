package io.github.isms.xref;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code [[ID]]}, {@code [[ID#anchor]]} and {@code [[ID|text]]} syntax, as a Flexmark inline
 * parser: the parser never looks inside code spans and code blocks, so text there stays as written.
 */
public final class XrefExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** target, optional #anchor, optional |text; no brackets or line breaks inside. */
    static final Pattern SYNTAX = Pattern.compile("\\[\\[([^\\[\\]\\n|#]+)(?:#([^\\[\\]\\n|]*))?(?:\\|([^\\[\\]\\n]*))?]]");

    public static XrefExtension create() {
        return new XrefExtension();
    }

    private XrefExtension() {
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "[";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new Inline();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static final class Inline implements InlineParserExtension {
        @Override
        public boolean parse(LightInlineParser parser) {
            if (parser.peek(1) != '[') {
                return false;
            }
            BasedSequence input = parser.getInput();
            int start = parser.getIndex();
            Matcher m = SYNTAX.matcher(input);
            m.region(start, input.length());
            if (!m.lookingAt() || m.group(1).isBlank()) {
                return false;
            }
            parser.flushTextNode();
            parser.getBlock().appendChild(new XrefNode(input.subSequence(start, m.end()),
                    m.group(1).strip(), blankToNull(m.group(2)), blankToNull(m.group(3))));
            parser.setIndex(m.end());
            return true;
        }

        @Override
        public void finalizeDocument(InlineParser parser) {
        }

        @Override
        public void finalizeBlock(InlineParser parser) {
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(XrefNode.class, Renderer::render));
        }

        private static void render(XrefNode node, NodeRendererContext context, HtmlWriter html) {
            if (node.href() != null) {
                html.attr("href", node.href()).attr("class", "xref").withAttr().tag("a").text(node.label()).tag("/a");
            } else {
                html.attr("class", node.isUnpublished() ? "xref xref-unpublished" : "xref xref-unresolved")
                        .withAttr().tag("span").text(node.label()).tag("/span");
            }
        }
    }
}
