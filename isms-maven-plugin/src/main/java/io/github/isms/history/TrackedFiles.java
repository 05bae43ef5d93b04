package io.github.isms.history;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Which files of a folder history follows: the Markdown documents at any depth below it, or one
 * named file directly in it (soa.yaml, a controlled document that is not Markdown). Both go through
 * the same reading, so versions and approvals follow one set of rules.
 */
public final class TrackedFiles {

    private static final TrackedFiles MARKDOWN = new TrackedFiles(".md", true);

    /** The file name, or the suffix {@code .md} when {@code nested}. */
    private final String name;
    private final byte[] nameBytes;
    /** Whether files in sub-folders count (then {@link #name} is a suffix). */
    private final boolean nested;

    private TrackedFiles(String name, boolean nested) {
        this.name = name;
        this.nameBytes = name.getBytes(StandardCharsets.UTF_8);
        this.nested = nested;
    }

    public static TrackedFiles markdown() {
        return MARKDOWN;
    }

    /** Exactly one file, {@code fileName}, directly in the folder. */
    public static TrackedFiles named(String fileName) {
        if (fileName.isEmpty() || fileName.contains("/")) {
            throw new IllegalArgumentException("a file name, not a path: " + fileName);
        }
        return new TrackedFiles(fileName, false);
    }

    /** Whether the entry name {@code raw[start, end)} (a file directly in a folder history descends) is tracked. */
    boolean matches(byte[] raw, int start, int end) {
        byte[] wanted = nameBytes;
        if (nested) {
            return end - wanted.length >= start && Arrays.equals(raw, end - wanted.length, end, wanted, 0, wanted.length);
        }
        return Arrays.equals(raw, start, end, wanted, 0, wanted.length);
    }

    /** Which files these are, in words that tell any two sets apart: {@code *.md} or the file's name. */
    String description() {
        return nested ? "*" + name : name;
    }

    boolean nested() {
        return nested;
    }

    boolean matches(String fileName) {
        return nested ? fileName.endsWith(name) : fileName.equals(name);
    }

    /** A tree-walk filter for the tracked files under {@code prefix}; with {@code changedOnly}, only those that differ. */
    TreeFilter filter(String prefix, boolean changedOnly) {
        java.util.List<TreeFilter> filters = new java.util.ArrayList<>();
        if (changedOnly) {
            filters.add(TreeFilter.ANY_DIFF); // first: the cheapest test, and it rejects most entries
        }
        if (nested) {
            if (!prefix.isEmpty()) {
                filters.add(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
            }
            filters.add(PathSuffixFilter.create(name));
        } else {
            filters.add(PathFilter.create(prefix + name));
        }
        return filters.size() == 1 ? filters.get(0) : AndTreeFilter.create(filters);
    }
}
