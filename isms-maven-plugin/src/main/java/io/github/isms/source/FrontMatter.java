package io.github.isms.source;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import java.util.Optional;

/**
 * A Markdown document split into its YAML front matter and its body. The front matter opens with a
 * line {@code ---} on the first line and closes with the next line that is {@code ---} or {@code ...}.
 *
 * @param yaml          the YAML between the fences
 * @param yamlFirstLine the file line of the YAML's first line (2 when the file starts with the fence)
 * @param body          everything after the closing fence
 * @param bodyFirstLine the file line of the body's first line
 */
public record FrontMatter(SourceFile source, String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    public static Optional<FrontMatter> split(SourceFile source, Diagnostics diagnostics) {
        String text = source.text();
        if (text.isBlank()) {
            diagnostics.report(Code.FRONT_MATTER_MISSING, source.at(1, 1),
                    "the file is empty; a document starts with front matter between --- lines (id, title, type, version)");
            return Optional.empty();
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        if (!isFence(text.substring(0, firstLineEnd), "---")) {
            diagnostics.report(Code.FRONT_MATTER_MISSING, source.at(1, 1),
                    "a document must start with a --- line that opens its front matter");
            return Optional.empty();
        }
        int line = 2;
        int start = firstLineEnd + 1;
        int cursor = start;
        while (cursor <= text.length()) {
            int end = text.indexOf('\n', cursor);
            String current = end < 0 ? text.substring(cursor) : text.substring(cursor, end);
            if (isFence(current, "---") || isFence(current, "...")) {
                String yaml = text.substring(start, cursor);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(source, yaml, 2, body, line + 1));
            }
            if (end < 0) {
                break;
            }
            cursor = end + 1;
            line++;
        }
        diagnostics.report(Code.FRONT_MATTER_UNCLOSED, source.at(1, 1),
                "the front matter opened here is never closed; add a line --- after the last key");
        return Optional.empty();
    }

    /** Trailing blanks after a fence are invisible in an editor, so they do not make it another line. */
    private static boolean isFence(String line, String fence) {
        return line.stripTrailing().equals(fence);
    }
}
