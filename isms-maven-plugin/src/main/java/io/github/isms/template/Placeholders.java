package io.github.isms.template;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsConfig;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.ClassAccessException;
import io.pebbletemplates.pebble.error.ParserException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.ExtensionCustomizer;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.lexer.Syntax;
import io.pebbletemplates.pebble.loader.MemoryLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Expands the placeholders of a document body: the body is a Pebble template over
 * {@link PlaceholderContext}. The engine is locked down so that a body reaches those values and
 * nothing else: unknown variables are errors, no Java method may be called, and the tags that
 * read other templates or files ({@code include}, {@code import}, {@code extends}, ...) do not
 * exist. The result knows the body line of each of its lines (see {@link Expansion}).
 */
public final class Placeholders {

    /** Tags a body may use; everything else is unknown syntax. */
    private static final Set<String> TAGS = Set.of("if", "for", "set", "verbatim", "filter");
    private static final Set<String> FUNCTIONS = Set.of("range", "min", "max");

    /**
     * A template comment is {@code {## ... ##}}. Pebble's own {@code {# ... #}} would take the
     * explicit heading ids and attribute lists of Markdown ({@code ## Rules {#rules}}) for comments.
     */
    static final String COMMENT_OPEN = "{##";
    static final String COMMENT_CLOSE = "##}";

    private final PebbleEngine engine = new PebbleEngine.Builder()
            .loader(new MemoryLoader())
            .syntax(new Syntax.Builder().setCommentOpenDelimiter(COMMENT_OPEN).setCommentCloseDelimiter(COMMENT_CLOSE).build())
            .strictVariables(true)
            .newLineTrimming(false)
            // The output is Markdown, not HTML: escaping here would show "&amp;" in code blocks.
            // The rendered HTML goes through the sanitizer instead.
            .autoEscaping(false)
            .cacheActive(false)
            .methodAccessValidator((object, method) -> false)
            .registerExtensionCustomizer(OnlyHarmless::new)
            .build();

    /** Expands {@code doc}'s body; on any problem reports it and returns empty. */
    public Optional<Expansion> expand(IsmsConfig config, Document doc, Diagnostics diagnostics) {
        return expand(doc.body(), PlaceholderContext.of(config, doc),
                new SourcePosition(doc.path(), doc.bodyFirstLine(), 1), diagnostics);
    }

    /**
     * Expands {@code template} over {@code context}. Problems are reported at file positions:
     * {@code bodyStart} is where the template's first line lies in its file.
     */
    public Optional<Expansion> expand(String template, Map<String, Object> context, SourcePosition bodyStart,
            Diagnostics diagnostics) {
        if (!template.contains("{{") && !template.contains("{%") && !template.contains(COMMENT_OPEN)) {
            return Optional.of(Expansion.unchanged(template));
        }
        String marked = LineMarkers.mark(FencedCode.asVerbatim(template));
        Optional<PebbleTemplate> compiled = compile(marked, template, bodyStart, diagnostics);
        if (compiled.isEmpty()) {
            return Optional.empty();
        }
        try (TemplateBudget budget = TemplateBudget.open(marked.length())) {
            LimitedWriter out = new LimitedWriter(template.length() + 256, budget.maxOutputChars());
            compiled.get().evaluate(out, new OnlyDocumented(context));
            return Optional.of(LineMarkers.unmark(out.toString()));
        } catch (PebbleException e) {
            report(e, template, bodyStart, diagnostics);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The parsed template, or a diagnostic. Pebble's parser answers some malformed text with an
     * exception of its own making instead of a syntax error (an index out of bounds for a body that
     * ends inside {@code {{ }, a class cast for {@code {{ a.b( }}); any of them is a syntax error of the
     * document, reported at the first line whose text makes the parser fail.
     */
    private Optional<PebbleTemplate> compile(String marked, String template, SourcePosition bodyStart, Diagnostics diagnostics) {
        try {
            return Optional.of(engine.getLiteralTemplate(marked));
        } catch (PebbleException e) {
            report(e, template, bodyStart, diagnostics);
        } catch (IndexOutOfBoundsException e) {
            reportUnclosed(template, bodyStart, diagnostics);
        } catch (RuntimeException e) {
            int line = firstFailingLine(template);
            diagnostics.report(Code.PLACEHOLDER_SYNTAX, at(bodyStart, line, 1), "template syntax that can not be parsed on"
                    + " this line (write {% verbatim %}...{% endverbatim %} around text that only looks like a placeholder)");
        }
        return Optional.empty();
    }

    /** The first line at which the text so far makes the parser throw something other than a syntax error. */
    private int firstFailingLine(String template) {
        String[] lines = template.split("\n", -1);
        int low = 1;
        int high = lines.length;
        while (low < high) {
            int middle = (low + high) / 2;
            if (parserBreaksOn(String.join("\n", java.util.Arrays.copyOf(lines, middle)))) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private boolean parserBreaksOn(String text) {
        try {
            engine.getLiteralTemplate(LineMarkers.mark(FencedCode.asVerbatim(text)));
            return false;
        } catch (PebbleException e) {
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static void report(PebbleException thrown, String template, SourcePosition bodyStart, Diagnostics diagnostics) {
        // A tag such as {% if %} wraps the unknown name in an error of its own; the name is the problem.
        PebbleException e = thrown;
        for (Throwable cause = thrown.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof AttributeNotFoundException unknown) {
                e = unknown;
            }
        }
        int line = e.getLineNumber() == null || e.getLineNumber() < 1
                ? e instanceof AttributeNotFoundException unknown ? lineNaming(template, unknown.getAttributeName()) : 1
                : e.getLineNumber();
        String lineText = lineOf(template, line);
        if (e instanceof TemplateLimitException) {
            diagnostics.report(Code.TEMPLATE_LIMIT, at(bodyStart, line, column(lineText, null)), e.getPebbleMessage());
        } else if (e instanceof AttributeNotFoundException unknown) {
            String name = unknown.getAttributeName();
            diagnostics.report(Code.PLACEHOLDER_UNKNOWN, at(bodyStart, line, column(lineText, name)),
                    "'" + name + "' is not a placeholder; available are org.name, doc.id, doc.title, doc.version, "
                            + "doc.owner, doc.approvers, doc.classification, doc.effective, roles.<ROLE>, isms.framework "
                            + "(write {% verbatim %}...{% endverbatim %} around text that only looks like a placeholder)");
        } else if (e instanceof ClassAccessException) {
            diagnostics.report(Code.PLACEHOLDER_FORBIDDEN, at(bodyStart, line, column(lineText, null)),
                    "placeholders can not call methods; use the values of org, doc, roles and isms and Pebble filters");
        } else if (e instanceof ParserException) {
            diagnostics.report(Code.PLACEHOLDER_SYNTAX, at(bodyStart, line, column(lineText, null)),
                    e.getPebbleMessage() + " (write {% verbatim %}...{% endverbatim %} around text that only looks like a placeholder)");
        } else {
            diagnostics.report(Code.PLACEHOLDER_FAILED, at(bodyStart, line, column(lineText, null)), e.getPebbleMessage());
        }
    }

    /** The first line whose placeholder names {@code name}: for an engine variable refused before Pebble knew the line. */
    private static int lineNaming(String template, String name) {
        String[] lines = template.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int open = firstOpening(lines[i], 0);
            if (open >= 0 && lines[i].indexOf(name, open) >= 0) {
                return i + 1;
            }
        }
        return 1;
    }

    /**
     * The context as the body sees it: the documented names, and none of the variables Pebble adds
     * on its own ({@code _context}, {@code template}, {@code locale}). Those print engine objects
     * with identity hashes (a build would no longer give the same bytes twice) or hand the body
     * Pebble's internals, so each is an unknown placeholder, as any other name outside the context.
     * Pebble looks a name up in the body's own scope first; a name found nowhere there reaches this
     * map, which refuses the engine's names before Pebble's global scope can answer.
     */
    private static final class OnlyDocumented extends java.util.AbstractMap<String, Object> {

        private static final Set<String> ENGINE_NAMES = Set.of("_context", "template", "locale", "_self", "_parent");

        private final Map<String, Object> context;

        OnlyDocumented(Map<String, Object> context) {
            this.context = context;
        }

        @Override
        public Object get(Object key) {
            if (ENGINE_NAMES.contains(key)) {
                String name = (String) key;
                throw new RootAttributeNotFoundException(null, "'" + name + "' is not a placeholder", name, -1, null);
            }
            return context.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return !ENGINE_NAMES.contains(key) && context.containsKey(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return context.entrySet();
        }
    }

    /* The last opening delimiter of the text, which the end of the text left open. */
    private static void reportUnclosed(String template, SourcePosition bodyStart, Diagnostics diagnostics) {
        int comment = template.lastIndexOf(COMMENT_OPEN);
        int open = Math.max(template.lastIndexOf("{{"), Math.max(template.lastIndexOf("{%"), comment));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.max(open, 0); i++) {
            if (template.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String delimiter = open < 0 ? "{{" : open == comment ? COMMENT_OPEN : template.substring(open, open + 2);
        diagnostics.report(Code.PLACEHOLDER_SYNTAX, at(bodyStart, line, Math.max(open, 0) - lineStart + 1),
                "'" + delimiter + "' is never closed before the end of the document"
                        + " (write {% verbatim %}...{% endverbatim %} around text that only looks like a placeholder)");
    }

    private static SourcePosition at(SourcePosition bodyStart, int line, int column) {
        return new SourcePosition(bodyStart.path(), bodyStart.line() + line - 1, column);
    }

    private static String lineOf(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line <= lines.length ? lines[line - 1] : "";
    }

    /** Where on the line the problem is: the name inside a placeholder, else the first placeholder, else 1. */
    static int column(String lineText, String name) {
        int open = firstOpening(lineText, 0);
        if (name != null) {
            for (int from = open; from >= 0; from = firstOpening(lineText, from + 2)) {
                int close = lineText.indexOf('}', from + 2);
                int found = lineText.indexOf(name, from + 2);
                if (found >= 0 && (close < 0 || found < close)) {
                    return found + 1;
                }
            }
        }
        return open >= 0 ? open + 1 : 1;
    }

    private static int firstOpening(String lineText, int from) {
        int print = lineText.indexOf("{{", from);
        int tag = lineText.indexOf("{%", from);
        if (print < 0) {
            return tag;
        }
        return tag < 0 ? print : Math.min(print, tag);
    }

    /**
     * Keeps only the tags and functions that compute with values; the rest could reach templates, files or
     * threads. Those kept do their work within the evaluation's {@link TemplateBudget}.
     */
    private static final class OnlyHarmless extends ExtensionCustomizer {

        OnlyHarmless(Extension core) {
            super(core);
        }

        @Override
        public List<TokenParser> getTokenParsers() {
            List<TokenParser> all = super.getTokenParsers();
            return all == null ? null : all.stream().filter(p -> TAGS.contains(p.getTag())).map(OnlyHarmless::limited).toList();
        }

        @Override
        public Map<String, Function> getFunctions() {
            Map<String, Function> all = super.getFunctions();
            if (all == null) {
                return null;
            }
            Map<String, Function> kept = new java.util.HashMap<>(all);
            kept.keySet().retainAll(FUNCTIONS);
            kept.computeIfPresent("range", (name, range) -> new LimitedSyntax.Range(range));
            return kept;
        }

        @Override
        public Map<String, Filter> getFilters() {
            Map<String, Filter> all = super.getFilters();
            if (all == null) {
                return null;
            }
            Map<String, Filter> limited = new java.util.HashMap<>();
            all.forEach((name, filter) -> limited.put(name, new LimitedSyntax.SizedFilter(name, filter)));
            return limited;
        }

        private static TokenParser limited(TokenParser parser) {
            return switch (parser.getTag()) {
                case "for" -> new LimitedSyntax.ForTag();
                case "set" -> new LimitedSyntax.SetTag();
                default -> parser;
            };
        }
    }
}
