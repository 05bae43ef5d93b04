package io.github.isms.i18n;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What layouts use to print words: {@code {{ t("document.control") }}} is the label in the page's
 * language ({@code t("document.approvedVersion", d.approvedVersion)} fills {@code {0}}), and
 * {@code {{ d.effective | day }}} writes an ISO date the language's way. The page's {@link Labels} are
 * the template variable {@value #VARIABLE}. Output is escaped like any other value.
 */
public final class LabelsExtension extends AbstractExtension {

    /** The template variable that holds the page's {@link Labels}. */
    public static final String VARIABLE = "labels";

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("t", new Translate());
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("day", new Day());
    }

    private static Labels labels(EvaluationContext context) {
        Object labels = context.getVariable(VARIABLE);
        if (labels instanceof Labels l) {
            return l;
        }
        throw new IllegalStateException("a layout printed a label without the page's labels");
    }

    private static final class Translate implements Function {
        @Override
        public List<String> getArgumentNames() {
            return null; // positional: the key, then the values of {0}, {1}, ...
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object key = args.get("0");
            List<Object> values = new ArrayList<>();
            for (int i = 1; args.containsKey(String.valueOf(i)); i++) {
                Object value = args.get(String.valueOf(i));
                values.add(value == null ? "" : value);
            }
            try {
                return labels(context).get(String.valueOf(key), values.toArray());
            } catch (IllegalArgumentException e) {
                // A layout that names a label no bundle has is a template error at its line, like a misspelt variable.
                throw new PebbleException(e, e.getMessage(), line, self.getName());
            }
        }
    }

    private static final class Day implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            return input == null ? "" : labels(context).date(input.toString());
        }
    }
}
