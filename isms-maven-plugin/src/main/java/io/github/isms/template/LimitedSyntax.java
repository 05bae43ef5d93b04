package io.github.isms.template;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.SetNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.ForTokenParser;
import io.pebbletemplates.pebble.tokenParser.SetTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Pebble's {@code for} and {@code set} tags, its {@code range} function and its filters, each
 * holding to the {@link TemplateBudget} of the evaluation: the syntax and meaning stay Pebble's, only
 * the work is counted.
 */
final class LimitedSyntax {

    private LimitedSyntax() {
    }

    /** {@code for}: every iteration counts against the body's iterations. */
    static final class ForTag implements TokenParser {

        private final ForTokenParser pebble = new ForTokenParser();

        @Override
        public String getTag() {
            return pebble.getTag();
        }

        @Override
        public RenderableNode parse(Token token, Parser parser) {
            ForNode loop = (ForNode) pebble.parse(token, parser);
            return new ForNode(loop.getLineNumber(), loop.getIterationVariable(), new Counted(loop.getIterable(), loop.getLineNumber()),
                    loop.getBody(), loop.getElseBody());
        }
    }

    /** {@code set}: the value set is within the size limit. */
    static final class SetTag implements TokenParser {

        private final SetTokenParser pebble = new SetTokenParser();

        @Override
        public String getTag() {
            return pebble.getTag();
        }

        @Override
        public RenderableNode parse(Token token, Parser parser) {
            SetNode set = (SetNode) pebble.parse(token, parser);
            return new SetNode(set.getLineNumber(), set.getName(), new Checked(set.getValue(), "set " + set.getName()));
        }
    }

    /** {@code range(start, end, increment)}: refused before it builds a list longer than the limit. */
    record Range(Function pebble) implements Function {

        @Override
        public List<String> getArgumentNames() {
            return pebble.getArgumentNames();
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            if (args.get("start") instanceof Number start && args.get("end") instanceof Number end) {
                double step = args.get("increment") instanceof Number increment ? increment.doubleValue() : 1;
                if (step != 0) {
                    double numbers = Math.floor((end.doubleValue() - start.doubleValue()) / step) + 1;
                    TemplateBudget.checkRange((long) Math.max(0, Math.min(numbers, Long.MAX_VALUE)), lineNumber);
                }
            }
            return pebble.execute(args, self, context, lineNumber);
        }
    }

    /** A filter whose result is within the size limit ({@code replace} and {@code merge} can multiply a value). */
    record SizedFilter(String name, Filter pebble) implements Filter {

        @Override
        public List<String> getArgumentNames() {
            return pebble.getArgumentNames();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            return TemplateBudget.checkValue(pebble.apply(input, args, self, context, lineNumber), "the filter " + name, lineNumber);
        }
    }

    /** The value of {@code set}, checked once it is evaluated. */
    private record Checked(Expression<?> value, String what) implements Expression<Object> {

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            return TemplateBudget.checkValue(value.evaluate(self, context), what, getLineNumber());
        }

        @Override
        public int getLineNumber() {
            return value.getLineNumber();
        }

        @Override
        public void accept(NodeVisitor visitor) {
            value.accept(visitor);
        }
    }

    /** The collection a {@code for} walks, handing out its items against the budget. */
    private record Counted(Expression<?> iterable, int line) implements Expression<Object> {

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object value = iterable.evaluate(self, context);
            Collection<?> items = value instanceof Collection<?> c ? c
                    : value instanceof Map<?, ?> m ? m.entrySet()
                    : value instanceof Object[] a ? Arrays.asList(a)
                    : null;
            if (items == null) {
                // Not something Pebble iterates; it says so itself.
                return value;
            }
            TemplateBudget budget = TemplateBudget.current();
            return new AbstractCollection<Object>() {
                @Override
                public Iterator<Object> iterator() {
                    Iterator<?> inner = items.iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return inner.hasNext();
                        }

                        @Override
                        public Object next() {
                            budget.countIteration(line);
                            return inner.next();
                        }
                    };
                }

                @Override
                public int size() {
                    return items.size();
                }
            };
        }

        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public void accept(NodeVisitor visitor) {
            iterable.accept(visitor);
        }
    }
}
