package io.github.isms.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.attributes.internal.AttributesNodePostProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Attribute lists as pandoc, kramdown, Hugo and MkDocs write them, {@code ## Rules {#rules .key}}:
 * Flexmark's attributes extension, held to the places where writers mean them. At the end of a
 * heading an attribute list with an id, a class or a {@code key=value} sets the heading's anchor
 * (the one {@code [[ID#rules]]} and {@code #rules} links use); right after a link, an image or inline
 * code it belongs to that element. Anywhere else, and for a lone word such as {@code {name}}, the
 * braces are the writer's text and stay in it: prose like "send it to {team}" reads as written.
 * Classes and attributes the HTML sanitizer does not allow are dropped from the page, as for any HTML.
 */
final class AttributeLists implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final AttributesExtension stock = AttributesExtension.create();

    static AttributeLists create() {
        return new AttributeLists();
    }

    private AttributeLists() {
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        stock.parserOptions(options);
        // Text before a stray attribute list is not wrapped in <span>s of its own.
        options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        stock.extend(builder);
        builder.postProcessorFactory(new KeepWhereMeant.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        stock.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        stock.extend(builder, rendererType);
    }

    /** Turns the attribute lists that belong to nothing back into text, before Flexmark assigns them. */
    private static final class KeepWhereMeant extends NodePostProcessor {

        @Override
        public void process(NodeTracker state, Node node) {
            if (node instanceof AttributesNode attributes && !belongsToItsNeighbour(attributes)) {
                Text text = new Text(attributes.getChars());
                attributes.insertBefore(text);
                attributes.unlink();
                state.nodeRemoved(attributes);
                state.nodeAddedWithChildren(text);
            }
        }

        private static boolean belongsToItsNeighbour(AttributesNode attributes) {
            Node previous = attributes.getPrevious();
            if (previous instanceof Link || previous instanceof Image || previous instanceof Code) {
                return true;
            }
            return attributes.getParent() instanceof Heading && onlyBlankAfter(attributes) && saysSomething(attributes);
        }

        private static boolean onlyBlankAfter(Node node) {
            for (Node next = node.getNext(); next != null; next = next.getNext()) {
                if (!new TextCollectingVisitor().collectAndGetText(next).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /* An id, a class or a key=value: {Scope} at the end of a heading is a word, not an attribute. */
        private static boolean saysSomething(AttributesNode attributes) {
            for (Node child = attributes.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof AttributeNode attribute
                        && (attribute.isId() || attribute.isClass() || !attribute.getValue().isEmpty())) {
                    return true;
                }
            }
            return false;
        }

        static final class Factory extends NodePostProcessorFactory {

            Factory() {
                super(false);
                addNodes(AttributesNode.class);
            }

            @Override
            public Set<Class<?>> getBeforeDependents() {
                return Set.of(AttributesNodePostProcessor.Factory.class);
            }

            @Override
            public NodePostProcessor apply(Document document) {
                return new KeepWhereMeant();
            }
        }
    }
}
