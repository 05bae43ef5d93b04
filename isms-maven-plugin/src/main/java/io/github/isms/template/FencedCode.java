package io.github.isms.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fenced code blocks are shown as written: their lines are wrapped in {@code {% verbatim %}} before
 * the body meets the template engine, so a code sample with {@code {{ .Title }}} (Hugo, Jinja,
 * Ansible) is text, not a placeholder. The tags go on the fence lines themselves and print nothing,
 * so every line keeps its number and its text. A fence already inside {@code {% verbatim %}} is left
 * alone.
 */
final class FencedCode {

    private static final Pattern FENCE = Pattern.compile("^[ \\t>]*(`{3,}|~{3,})");
    private static final Pattern VERBATIM = Pattern.compile("\\{%-?\\s*verbatim\\s*-?%}");
    private static final Pattern END_VERBATIM = Pattern.compile("\\{%-?\\s*endverbatim\\s*-?%}");
    private static final String OPEN = "{% verbatim %}";
    private static final String CLOSE = "{% endverbatim %}";

    private FencedCode() {
    }

    static String asVerbatim(String template) {
        if (!template.contains("```") && !template.contains("~~~")) {
            return template;
        }
        String[] lines = template.split("\n", -1);
        StringBuilder out = new StringBuilder(template.length() + 64);
        boolean inVerbatim = false;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fence != null) {
                Matcher closing = FENCE.matcher(line);
                if (closing.find() && closing.group(1).charAt(0) == fence.charAt(0) && closing.group(1).length() >= fence.length()
                        && line.substring(closing.end()).isBlank()) {
                    fence = null;
                    line = line + CLOSE;
                }
            } else if (inVerbatim) {
                inVerbatim = !END_VERBATIM.matcher(line).find();
            } else {
                Matcher verbatim = VERBATIM.matcher(line);
                if (verbatim.find()) {
                    inVerbatim = !END_VERBATIM.matcher(line).find(verbatim.end());
                } else {
                    Matcher opening = FENCE.matcher(line);
                    if (opening.find() && !(opening.group(1).charAt(0) == '`' && line.indexOf('`', opening.end()) >= 0)) {
                        fence = opening.group(1);
                        line = OPEN + line;
                    }
                }
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        if (fence != null) {
            // A fence left open runs to the end of the body, as in Markdown.
            out.append(CLOSE);
        }
        return out.toString();
    }
}
