package io.github.isms.template;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

/**
 * The work one body's placeholders may do. A template is a program: a loop over
 * {@code range(1, 100000000)} or a string doubled forty times with {@code set} would take the build's
 * time and memory, so ranges, loop iterations, the size of every value a tag or filter makes and the
 * size of the output are counted, and the first one over its limit stops the evaluation with a
 * {@link TemplateLimitException} at the line. The limits are far above what a policy needs (a loop over
 * the approvers, a role's members) and far below what would hurt.
 *
 * <p>Pebble calls tags and filters without a way to hand them per-evaluation state, so the budget of
 * the evaluation running on a thread is found through {@link #current()}; an evaluation runs on one thread.
 */
final class TemplateBudget implements AutoCloseable {

    static final int MAX_RANGE = 10_000;
    static final int MAX_ITERATIONS = 10_000;
    static final int MAX_VALUE_CHARS = 1_000_000;
    /** What expansion may add to the body as written. */
    static final int MAX_ADDED_CHARS = 1_000_000;

    private static final ThreadLocal<TemplateBudget> CURRENT = new ThreadLocal<>();

    private final long maxOutputChars;
    private long iterations;

    private TemplateBudget(long maxOutputChars) {
        this.maxOutputChars = maxOutputChars;
    }

    /** Starts the budget of one evaluation of a template of {@code templateChars} characters on this thread. */
    static TemplateBudget open(int templateChars) {
        TemplateBudget budget = new TemplateBudget((long) templateChars + MAX_ADDED_CHARS);
        CURRENT.set(budget);
        return budget;
    }

    /** The budget of the evaluation running on this thread. */
    static TemplateBudget current() {
        TemplateBudget budget = CURRENT.get();
        if (budget == null) {
            throw new IllegalStateException("a placeholder evaluated outside Placeholders.expand");
        }
        return budget;
    }

    @Override
    public void close() {
        CURRENT.remove();
    }

    long maxOutputChars() {
        return maxOutputChars;
    }

    void countIteration(int line) {
        if (++iterations > MAX_ITERATIONS) {
            throw new TemplateLimitException("loops ran more than " + MAX_ITERATIONS
                    + " times in this body; refused as a safety limit", line);
        }
    }

    static void checkRange(long numbers, int line) {
        if (numbers > MAX_RANGE) {
            throw new TemplateLimitException("a range of " + numbers + " numbers; the limit is " + MAX_RANGE, line);
        }
    }

    /** Returns {@code value} when its size (characters of its strings, counted as often as they occur) is within the limit. */
    static <T> T checkValue(T value, String what, int line) {
        if (weightExceeds(value, MAX_VALUE_CHARS)) {
            throw new TemplateLimitException(what + " makes a value of more than " + MAX_VALUE_CHARS
                    + " characters; refused as a safety limit", line);
        }
        return value;
    }

    /**
     * Whether the characters of {@code value} exceed {@code limit}, walking nested lists and maps
     * without recursion and stopping as soon as the limit is passed: a list of itself twice, twenty
     * times over, is counted as the millions of strings it would print, in at most {@code limit} steps.
     */
    static boolean weightExceeds(Object value, long limit) {
        long weight = 0;
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(value == null ? "" : value);
        while (!pending.isEmpty()) {
            Object next = pending.pop();
            weight++;
            if (next instanceof CharSequence text) {
                weight += text.length();
            } else if (next instanceof Collection<?> items) {
                if (items.size() > limit) {
                    return true;
                }
                items.forEach(item -> pending.push(item == null ? "" : item));
            } else if (next instanceof Map<?, ?> map) {
                if (map.size() > limit) {
                    return true;
                }
                map.forEach((k, v) -> {
                    pending.push(k == null ? "" : k);
                    pending.push(v == null ? "" : v);
                });
            } else if (next instanceof Object[] array) {
                for (Object item : array) {
                    pending.push(item == null ? "" : item);
                }
            }
            if (weight > limit || pending.size() > limit) {
                return true;
            }
        }
        return false;
    }
}
