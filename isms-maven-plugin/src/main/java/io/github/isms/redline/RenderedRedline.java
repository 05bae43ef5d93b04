package io.github.isms.redline;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A redline of a document as its readers see it: the newer version's rendered HTML (headings, lists,
 * tables, placeholders expanded) with the words that are new in {@code <ins>} and the words that are gone
 * in {@code <del>}, where they stood. The words of the two renderings' text are compared, so a change of
 * markup alone (a word made bold) is no change.
 */
public final class RenderedRedline {

    private static final Pattern WORD = Pattern.compile("\\S+");

    private RenderedRedline() {
    }

    /** The redline as sanitized HTML, or {@code ""} when the words are the same. */
    public static String html(String beforeHtml, String afterHtml) {
        List<String> before = new ArrayList<>();
        for (TextNode node : textNodes(Jsoup.parseBodyFragment(beforeHtml).body())) {
            words(node.getWholeText()).forEach(w -> before.add(w.text()));
        }
        Document after = Jsoup.parseBodyFragment(afterHtml);
        after.outputSettings().prettyPrint(false);
        List<TextNode> nodes = textNodes(after.body());
        List<Word> words = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            for (Word w : words(nodes.get(n).getWholeText())) {
                words.add(new Word(w.text(), n, w.start(), w.end()));
            }
        }
        List<AbstractDelta<String>> deltas = DiffUtils.diff(before, words.stream().map(Word::text).toList()).getDeltas();
        if (deltas.isEmpty()) {
            return "";
        }
        boolean[] inserted = new boolean[words.size()];
        // Deleted words, by the index of the new word they stand before (words.size(): after the last).
        List<List<String>> deletedBefore = new ArrayList<>();
        for (int i = 0; i <= words.size(); i++) {
            deletedBefore.add(new ArrayList<>());
        }
        for (AbstractDelta<String> delta : deltas) {
            int at = delta.getTarget().getPosition();
            if (delta.getType() != DeltaType.INSERT) {
                deletedBefore.get(at).addAll(delta.getSource().getLines());
            }
            if (delta.getType() != DeltaType.DELETE) {
                for (int i = 0; i < delta.getTarget().size(); i++) {
                    inserted[at + i] = true;
                }
            }
        }
        rewrite(nodes, words, inserted, deletedBefore, after);
        if (nodes.isEmpty()) {
            after.body().appendChild(del(after, deletedBefore.get(0)));
        }
        return after.body().html();
    }

    /** One word of the text, and where it is: which text node, at which characters. */
    private record Word(String text, int node, int start, int end) {
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.group(), -1, m.start(), m.end()));
        }
        return words;
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> nodes = new ArrayList<>();
        collect(root, nodes);
        return nodes;
    }

    private static void collect(Node node, List<TextNode> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.add(text);
            } else {
                collect(child, out);
            }
        }
    }

    /** Replaces each text node by its text with the inserted runs wrapped and the deleted words put in place. */
    private static void rewrite(List<TextNode> nodes, List<Word> words, boolean[] inserted,
            List<List<String>> deletedBefore, Document document) {
        int w = 0;
        for (int n = 0; n < nodes.size(); n++) {
            TextNode node = nodes.get(n);
            String text = node.getWholeText();
            List<Node> parts = new ArrayList<>();
            int done = 0;
            while (w < words.size() && words.get(w).node() == n) {
                Word word = words.get(w);
                if (!deletedBefore.get(w).isEmpty()) {
                    text(parts, text.substring(done, word.start()));
                    done = word.start();
                    parts.add(del(document, deletedBefore.get(w)));
                    parts.add(new TextNode(" "));
                }
                if (inserted[w]) {
                    int end = w;
                    while (end + 1 < words.size() && inserted[end + 1] && words.get(end + 1).node() == n
                            && deletedBefore.get(end + 1).isEmpty()) {
                        end++;
                    }
                    text(parts, text.substring(done, word.start()));
                    Element ins = document.createElement("ins");
                    ins.appendText(text.substring(word.start(), words.get(end).end()));
                    parts.add(ins);
                    done = words.get(end).end();
                    w = end;
                }
                w++;
            }
            if (n == nodes.size() - 1 && !deletedBefore.get(words.size()).isEmpty()) {
                text(parts, text.substring(done));
                done = text.length();
                parts.add(new TextNode(" "));
                parts.add(del(document, deletedBefore.get(words.size())));
            }
            text(parts, text.substring(done));
            if (parts.size() > 1 || !(parts.size() == 1 && parts.get(0) instanceof TextNode)) {
                for (Node part : parts) {
                    node.before(part);
                }
                node.remove();
            }
        }
    }

    private static void text(List<Node> parts, String text) {
        if (!text.isEmpty()) {
            parts.add(new TextNode(text));
        }
    }

    private static Element del(Document document, List<String> words) {
        Element del = document.createElement("del");
        del.appendText(String.join(" ", words));
        return del;
    }
}
