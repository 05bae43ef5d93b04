package io.github.isms.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Builds the PDF outline (bookmarks) from the headings h1 to h3 of a print layout, in document
 * order and nested by level. Headings without an id get one, so each bookmark has a target.
 * A layout that declares its own {@code <bookmarks>} is left alone.
 */
final class Outline {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private Outline() {}

    static void addBookmarks(Document doc) {
        Element head = first(doc, "head");
        if (head == null || first(doc, "bookmarks") != null) {
            return;
        }
        Set<String> ids = new HashSet<>();
        collectIds(doc.getDocumentElement(), ids);
        Element root = create(doc, "bookmarks");
        Deque<Element> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        int counter = 0;
        for (Element heading : headings(doc)) {
            int level = localName(heading).charAt(1) - '0';
            if (!heading.hasAttribute("id") || heading.getAttribute("id").isBlank()) {
                String id;
                do {
                    id = "isms-h" + (++counter);
                } while (!ids.add(id));
                heading.setAttribute("id", id);
            }
            Element bookmark = create(doc, "bookmark");
            bookmark.setAttribute("name", heading.getTextContent().strip().replaceAll("\\s+", " "));
            bookmark.setAttribute("href", "#" + heading.getAttribute("id"));
            while (!levels.isEmpty() && levels.peek() >= level) {
                levels.pop();
                parents.pop();
            }
            (parents.isEmpty() ? root : parents.peek()).appendChild(bookmark);
            parents.push(bookmark);
            levels.push(level);
        }
        if (root.hasChildNodes()) {
            head.appendChild(root);
        }
    }

    private static List<Element> headings(Document doc) {
        List<Element> found = new ArrayList<>();
        walk(doc.getDocumentElement(), found);
        return found;
    }

    private static void walk(Node node, List<Element> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                String name = localName(element);
                if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '3'
                        && !element.getAttribute("class").contains("no-bookmark")) {
                    found.add(element);
                }
                walk(element, found);
            }
        }
    }

    private static void collectIds(Element element, Set<String> ids) {
        if (element.hasAttribute("id")) {
            ids.add(element.getAttribute("id"));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collectIds(e, ids);
            }
        }
    }

    private static Element first(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS("*", name);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    private static Element create(Document doc, String name) {
        String ns = doc.getDocumentElement().getNamespaceURI();
        return ns == null ? doc.createElement(name) : doc.createElementNS(XHTML, name);
    }

    static String localName(Element element) {
        String name = element.getLocalName();
        return (name == null ? element.getTagName() : name).toLowerCase(Locale.ROOT);
    }
}
