package io.github.isms.redline;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.List;

/**
 * A redline of a document's Markdown source between two versions: every line, with removed words
 * in {@code <del>} and added words in {@code <ins>}. The source, not the rendered HTML, is compared:
 * it is what the authors wrote and what reviewers approved.
 */
public final class Redline {

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(true)
            // The library's own HTML normaliser escapes < and > but not &: source "&lt;b&gt;" would show as <b>.
            .lineNormalizer(Redline::escape)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private Redline() {
    }

    /** HTML lines (text escaped) joined by newlines, for a {@code <pre>}; {@code ""} when nothing changed. */
    public static String html(String before, String after) {
        List<DiffRow> rows = GENERATOR.generateDiffRows(before.lines().toList(), after.lines().toList());
        if (rows.stream().allMatch(r -> r.getTag() == DiffRow.Tag.EQUAL)) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (DiffRow row : rows) {
            html.append(switch (row.getTag()) {
                case INSERT -> wrap("ins", row.getNewLine());
                case DELETE -> wrap("del", row.getOldLine());
                default -> row.getOldLine();
            }).append('\n');
        }
        return html.toString();
    }

    /** Source text as HTML text: the escaping the redline's readers rely on, tabs as four spaces as before. */
    static String escape(String line) {
        return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\t", "    ");
    }

    /* An inserted or deleted line may already carry the generator's tags; a bare one gets them here. */
    private static String wrap(String tag, String line) {
        return line.startsWith("<" + tag + ">") || line.isEmpty() ? line : "<" + tag + ">" + line + "</" + tag + ">";
    }
}
