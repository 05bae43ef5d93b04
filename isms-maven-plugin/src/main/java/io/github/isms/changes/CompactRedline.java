package io.github.isms.changes;

import java.util.ArrayList;
import java.util.List;

/**
 * A redline cut to what changed: the changed lines of {@code redline.Redline}'s output and a few lines around
 * each, the rest marked as left out. Reviewers read the change, not the whole policy again.
 */
final class CompactRedline {

    static final int CONTEXT = 2;
    static final String GAP = "\u22ef";

    private CompactRedline() {
    }

    /** @param redline {@code Redline.html} output: escaped text, so a tag in it is the redline's own */
    static String of(String redline) {
        List<String> lines = redline.lines().toList();
        boolean[] keep = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (changed(lines.get(i))) {
                for (int k = Math.max(0, i - CONTEXT); k <= Math.min(lines.size() - 1, i + CONTEXT); k++) {
                    keep[k] = true;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (keep[i]) {
                out.add(lines.get(i));
            } else if (out.isEmpty() || !out.get(out.size() - 1).equals(GAP)) {
                out.add(GAP);
            }
        }
        return out.isEmpty() ? "" : String.join("\n", out) + "\n";
    }

    private static boolean changed(String line) {
        return line.contains("<del>") || line.contains("<ins>");
    }
}
