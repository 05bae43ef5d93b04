package io.github.isms.digest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A SHA-256 of a value built from records, strings, numbers, booleans, enums, dates and times, byte
 * arrays, lists, sets, maps and optionals: the key of an output made from that value. Unambiguous:
 * every part is written with its kind and its length, so two different values never give the same
 * bytes to hash (a title holding a comma is not two fields). Sets and maps are taken in a sorted order,
 * so their iteration order does not matter. A value of any other kind is refused, so a field added later
 * to a record can not silently drop out of the key.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /**
     * The fingerprint of {@code parts}, in lower-case hex.
     *
     * @throws IllegalArgumentException for a part (at any depth) of a kind it does not know
     */
    public static String of(Object... parts) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(encode(java.util.Arrays.asList(parts)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] encode(Object value) {
        Writer out = new Writer();
        out.value(value);
        return out.bytes.toByteArray();
    }

    private static final class Writer {
        final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        void value(Object value) {
            if (value == null) {
                tag('0');
            } else if (value instanceof String text) {
                tag('s');
                chunk(text.getBytes(StandardCharsets.UTF_8));
            } else if (value instanceof Boolean || value instanceof Number || value instanceof Character) {
                tag('n');
                chunk((value.getClass().getName() + ":" + value).getBytes(StandardCharsets.UTF_8));
            } else if (value instanceof Enum<?> constant) {
                tag('e');
                chunk((constant.getDeclaringClass().getName() + "." + constant.name()).getBytes(StandardCharsets.UTF_8));
            } else if (value instanceof TemporalAccessor time) {
                tag('t');
                chunk((time.getClass().getName() + ":" + time).getBytes(StandardCharsets.UTF_8));
            } else if (value instanceof byte[] data) {
                tag('b');
                chunk(data);
            } else if (value instanceof Optional<?> optional) {
                tag('o');
                value(optional.orElse(null));
            } else if (value instanceof Record record) {
                record(record);
            } else if (value instanceof List<?> list) {
                tag('l');
                count(list.size());
                list.forEach(this::value);
            } else if (value instanceof Set<?> set) {
                tag('u');
                sorted(set);
            } else if (value instanceof Map<?, ?> map) {
                tag('m');
                List<Object> entries = new ArrayList<>();
                map.forEach((k, v) -> entries.add(List.of(wrap(k), wrap(v))));
                sorted(entries);
            } else {
                throw new IllegalArgumentException("no fingerprint for a " + value.getClass().getName());
            }
        }

        /* Lists can not hold null: an absent key or value is written as an empty optional. */
        private static Object wrap(Object value) {
            return Optional.ofNullable(value);
        }

        private void sorted(Collection<?> elements) {
            List<byte[]> encoded = new ArrayList<>();
            elements.forEach(e -> encoded.add(encode(e)));
            encoded.sort(java.util.Arrays::compare);
            count(encoded.size());
            encoded.forEach(this::chunk);
        }

        private void record(Record record) {
            tag('r');
            chunk(record.getClass().getName().getBytes(StandardCharsets.UTF_8));
            RecordComponent[] components = record.getClass().getRecordComponents();
            count(components.length);
            for (RecordComponent component : components) {
                chunk(component.getName().getBytes(StandardCharsets.UTF_8));
                value(read(component, record));
            }
        }

        private static Object read(RecordComponent component, Record record) {
            Method accessor = component.getAccessor();
            try {
                accessor.setAccessible(true); // the records of a package hold its outputs' inputs, public or not
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                throw new IllegalArgumentException("can not read " + record.getClass().getName() + "." + component.getName(), e);
            }
        }

        private void tag(char kind) {
            bytes.write(kind);
        }

        private void count(int n) {
            bytes.write(n >>> 24);
            bytes.write(n >>> 16);
            bytes.write(n >>> 8);
            bytes.write(n);
        }

        private void chunk(byte[] data) {
            count(data.length);
            bytes.writeBytes(data);
        }
    }
}
