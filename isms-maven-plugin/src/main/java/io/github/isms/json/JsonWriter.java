package io.github.isms.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * The plugin's one JSON writer (search index, manifest, diagnostics, review): strings, numbers,
 * booleans, null, maps with string keys (in their order), collections and records (components in
 * declaration order). Same input, same bytes, {@code \n} on every system. Own code rather than a
 * data-binding library, because every build writes JSON once and loading such a library's few
 * hundred classes into a fresh JVM cost more than writing the whole search index.
 */
public final class JsonWriter {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final boolean pretty;
    private final StringBuilder out;

    private JsonWriter(boolean pretty, int capacity) {
        this.pretty = pretty;
        this.out = new StringBuilder(capacity);
    }

    /** {@code value} on one line, without spaces. */
    public static String compact(Object value) {
        JsonWriter writer = new JsonWriter(false, 1 << 12);
        writer.value(value, 0);
        return writer.out.toString();
    }

    /** {@code value} indented by two spaces, one member or element a line, {@code "key": value}, ending in a newline. */
    public static String pretty(Object value) {
        JsonWriter writer = new JsonWriter(true, 1 << 12);
        writer.value(value, 0);
        return writer.out.append('\n').toString();
    }

    private void value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            string(text);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof Collection<?> list) {
            array(list, depth);
        } else if (value instanceof Record record) {
            record(record, depth);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private void object(Map<?, ?> map, int depth) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            member(first, (String) entry.getKey(), entry.getValue(), depth);
            first = false;
        }
        close('}', map.isEmpty(), depth);
    }

    private void record(Record record, int depth) {
        out.append('{');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            member(i == 0, components[i].getName(), component(record, components[i]), depth);
        }
        close('}', components.length == 0, depth);
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            Method accessor = component.getAccessor();
            // Records of other packages are often package-private (the search index's entries); their values are plain data.
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("can not read " + component.getName() + " of " + record.getClass().getName(), e);
        }
    }

    private void member(boolean first, String key, Object value, int depth) {
        if (!first) {
            out.append(',');
        }
        newline(depth + 1);
        string(key);
        out.append(pretty ? ": " : ":");
        value(value, depth + 1);
    }

    private void array(Collection<?> list, int depth) {
        out.append('[');
        boolean first = true;
        for (Object element : list) {
            if (!first) {
                out.append(',');
            }
            newline(depth + 1);
            value(element, depth + 1);
            first = false;
        }
        close(']', list.isEmpty(), depth);
    }

    private void close(char bracket, boolean empty, int depth) {
        if (!empty) {
            newline(depth);
        }
        out.append(bracket);
    }

    private void newline(int depth) {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append("  ");
            }
        }
    }

    /* Quotes and backslashes escaped, control characters as \n, \t, ... or \\u00XX; everything else as it is (UTF-8 on output). */
    private void string(CharSequence text) {
        out.append('"');
        int length = text.length();
        int plain = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(text, plain, length).append('"');
    }
}
