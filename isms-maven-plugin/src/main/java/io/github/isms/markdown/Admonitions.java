package io.github.isms.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Collections;
import java.util.Set;

/**
 * Flexmark's admonitions ({@code !!! note "Title"}), with a cheap look at each line first. The
 * stock block parser compiles a regular expression for every line it is asked about, which made
 * it the slowest part of parsing a long document; here it is asked only about lines that start
 * with {@code !!!} or {@code ???}, so the syntax and the HTML stay exactly Flexmark's. Its three
 * lookup tables are computed once and stored in the options: their stock defaults are computed
 * again on every read, and the icon table is read from the jar, for every document parsed and
 * rendered.
 */
final class Admonitions implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final AdmonitionExtension stock = AdmonitionExtension.create();

    static Admonitions create() {
        return new Admonitions();
    }

    private Admonitions() {
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        stock.parserOptions(options);
        withTables(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory(new AdmonitionBlockParser.Factory()));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        stock.rendererOptions(options);
        withTables(options);
    }

    /** The stock defaults, computed once; read-only from here on, as every document shares them. */
    private static void withTables(MutableDataHolder options) {
        options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP,
                Collections.unmodifiableMap(AdmonitionExtension.QUALIFIER_TYPE_MAP.get(options)));
        options.set(AdmonitionExtension.QUALIFIER_TITLE_MAP,
                Collections.unmodifiableMap(AdmonitionExtension.QUALIFIER_TITLE_MAP.get(options)));
        options.set(AdmonitionExtension.TYPE_SVG_MAP,
                Collections.unmodifiableMap(AdmonitionExtension.TYPE_SVG_MAP.get(options)));
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        stock.extend(builder, rendererType);
    }

    private record Factory(CustomBlockParserFactory stock) implements CustomBlockParserFactory {

        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory parser = stock.apply(options);
            return (state, matched) -> startsWithMarker(state.getLine(), state.getNextNonSpaceIndex())
                    ? parser.tryStart(state, matched)
                    : BlockStart.none();
        }

        private static boolean startsWithMarker(BasedSequence line, int at) {
            if (line.length() < at + 3) {
                return false;
            }
            char c = line.charAt(at);
            return (c == '!' || c == '?') && line.charAt(at + 1) == c && line.charAt(at + 2) == c;
        }

        @Override
        public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
            return stock.getLeadInHandler(options);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return stock.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return stock.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return stock.affectsGlobalScope();
        }
    }
}
