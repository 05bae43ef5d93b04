package io.github.isms.wordimport;

import io.github.isms.source.AssetFiles;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The body of a Word document as Markdown: headings (by heading style or outline level),
 * paragraphs, bold and italic, numbered and bulleted lists with their nesting, tables (merged cells
 * flattened), hyperlinks, footnotes, code (pandoc's "Source Code" style) and images. Tracked
 * changes are accepted (insertions kept, deletions gone), fields keep the text they show, comments
 * and the table of contents are left out; everything not carried over is counted in {@link #dropped()}.
 * POI reads the package, styles, numbering, relationships and pictures; the runs of a paragraph are
 * walked in their XML, where tracked changes and fields sit around them.
 */
final class WordBody {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading|berschrift|titre|titolo|t[ií]tulo)\\s*([1-9])");

    /** An image to write: its place under {@code assets/} and its bytes. */
    record Image(String assetPath, byte[] bytes) {
    }

    private final XWPFDocument document;
    private final String id;
    private final ImportLimits limits;
    private final List<String> blocks = new ArrayList<>();
    private final List<String> code = new ArrayList<>();
    private final Map<String, Integer> dropped = new LinkedHashMap<>();
    private final List<Image> images = new ArrayList<>();
    private final Map<String, String> footnotes = new TreeMap<>();
    private final Map<String, String> control = new LinkedHashMap<>();
    private final StringBuilder list = new StringBuilder();
    private String firstHeading;
    private String titleParagraph;
    private int headings;
    private int tables;

    private WordBody(XWPFDocument document, String id, ImportLimits limits) {
        this.document = document;
        this.id = id;
        this.limits = limits;
    }

    /** Reads the control table and the first heading, without converting anything else: the id depends on them. */
    static WordBody scan(XWPFDocument document, ImportLimits limits) {
        WordBody scan = new WordBody(document, "scan", limits);
        int looked = 0;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFTable table && scan.control.isEmpty() && looked < 20) {
                ControlFields.of(scan.cells(table, false)).ifPresent(scan.control::putAll);
            } else if (element instanceof XWPFParagraph paragraph) {
                String style = scan.styleName(paragraph);
                if (style.equals("title") && scan.titleParagraph == null) {
                    scan.titleParagraph = paragraph.getText().strip();
                } else if (scan.headingLevel(paragraph) > 0 && scan.firstHeading == null && !paragraph.getText().isBlank()) {
                    scan.firstHeading = paragraph.getText().strip();
                }
            }
            looked++;
        }
        return scan;
    }

    /** Converts the whole body; images are named after {@code id}. */
    static WordBody convert(XWPFDocument document, String id, ImportLimits limits) {
        WordBody body = new WordBody(document, id, limits);
        boolean controlSeen = false;
        int looked = 0;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                body.paragraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                body.endList();
                body.endCode();
                if (!controlSeen && looked < 20 && ControlFields.of(body.cells(table, false)).isPresent()) {
                    // The control table is the front matter now.
                    controlSeen = true;
                } else {
                    body.table(table);
                }
            } else {
                body.drop("content controls and other body parts");
            }
            looked++;
        }
        body.endList();
        body.endCode();
        return body;
    }

    Map<String, String> control() {
        return control;
    }

    String firstHeading() {
        return firstHeading != null ? firstHeading : titleParagraph;
    }

    String title() {
        return titleParagraph;
    }

    int headings() {
        return headings;
    }

    List<Image> images() {
        return images;
    }

    /** What was not carried over, with how often: "comments: 2". */
    Map<String, Integer> dropped() {
        return dropped;
    }

    String markdown() {
        List<String> all = new ArrayList<>(blocks);
        footnotes.forEach((number, text) -> all.add("[^" + number + "]: " + text));
        return String.join("\n\n", all) + "\n";
    }

    private void drop(String what) {
        dropped.merge(what, 1, Integer::sum);
    }

    // ---- paragraphs

    private void paragraph(XWPFParagraph paragraph) {
        String style = styleName(paragraph);
        if (style.equals("source code") || style.equals("preformatted text") || style.equals("html preformatted")
                || style.equals("code")) {
            endList();
            code.add(plainText(paragraph));
            return;
        }
        endCode();
        if (style.startsWith("toc") || style.startsWith("contents") || style.equals("table of contents")) {
            drop("table of contents (the site and the PDF make their own)");
            return;
        }
        if (style.equals("title")) {
            // The title is the front matter's; the page shows it.
            return;
        }
        int level = headingLevel(paragraph);
        String text = inline(paragraph.getCTP().getDomNode(), false).strip();
        if (text.isEmpty()) {
            return;
        }
        if (level > 0) {
            endList();
            headings++;
            blocks.add("#".repeat(level) + " " + text);
            return;
        }
        BigInteger numId = paragraph.getNumID();
        if (numId != null && paragraph.getNumFmt() != null) {
            int depth = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), 8);
            String marker = "bullet".equals(paragraph.getNumFmt()) || "none".equals(paragraph.getNumFmt()) ? "-" : "1.";
            if (!list.isEmpty()) {
                list.append('\n');
            }
            list.append("    ".repeat(depth)).append(marker).append(' ').append(text.replace("\n", "\n" + "    ".repeat(depth + 1)));
            return;
        }
        endList();
        if (style.contains("quote") || style.equals("block text")) {
            blocks.add("> " + text.replace("\n", "\n> "));
        } else {
            blocks.add(escapeLineStart(text));
        }
    }

    private void endList() {
        if (!list.isEmpty()) {
            blocks.add(list.toString());
            list.setLength(0);
        }
    }

    private void endCode() {
        if (!code.isEmpty()) {
            String text = String.join("\n", code);
            String fence = text.contains("```") ? "~~~~" : "```";
            blocks.add(fence + "\n" + text + "\n" + fence);
            code.clear();
        }
    }

    String styleName(XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        if (styleId == null) {
            return "";
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
        String name = style != null && style.getName() != null ? style.getName() : styleId;
        return name.toLowerCase(Locale.ROOT).replaceAll("([a-z])([0-9])", "$1 $2").strip();
    }

    int headingLevel(XWPFParagraph paragraph) {
        Matcher m = HEADING_STYLE.matcher(styleName(paragraph));
        if (m.matches()) {
            return Math.min(Integer.parseInt(m.group(1)), 6);
        }
        if (paragraph.getCTPPr() != null && paragraph.getCTPPr().getOutlineLvl() != null) {
            int outline = paragraph.getCTPPr().getOutlineLvl().getVal().intValue();
            return outline < 9 ? Math.min(outline + 1, 6) : 0;
        }
        return 0;
    }

    // ---- tables

    /** Each row's cells as Markdown text; with {@code report}, merged cells are flattened and counted. */
    private List<List<String>> cells(XWPFTable table, boolean report) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                var properties = cell.getCTTc().getTcPr();
                boolean continued = properties != null && properties.getVMerge() != null
                        && (properties.getVMerge().getVal() == null || !"restart".equals(properties.getVMerge().getVal().toString()));
                if (report && continued) {
                    drop("merged table cells (flattened; the text stays in the first cell)");
                }
                List<String> parts = new ArrayList<>();
                for (IBodyElement inner : cell.getBodyElements()) {
                    if (inner instanceof XWPFParagraph p) {
                        String text = report ? inline(p.getCTP().getDomNode(), true).strip() : p.getText().strip();
                        if (!text.isEmpty()) {
                            parts.add(text);
                        }
                    } else if (report) {
                        drop("tables inside table cells (their text is kept)");
                        if (inner instanceof XWPFTable nested) {
                            parts.add(escape(nested.getText().replaceAll("\\s+", " ").strip(), true));
                        }
                    }
                }
                cells.add(continued ? "" : String.join(" ", parts));
                int span = properties != null && properties.getGridSpan() != null ? properties.getGridSpan().getVal().intValue() : 1;
                if (span > 1 && report) {
                    drop("merged table cells (flattened; the text stays in the first cell)");
                }
                for (int i = 1; i < span && i < 64; i++) {
                    cells.add("");
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private void table(XWPFTable table) {
        List<List<String>> rows = cells(table, true);
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        if (width == 0) {
            return;
        }
        tables++;
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = new ArrayList<>(rows.get(r));
            while (row.size() < width) {
                row.add("");
            }
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
            if (r == 0) {
                out.append("|").append("---|".repeat(width)).append('\n');
            }
        }
        blocks.add(out.toString().stripTrailing());
    }

    // ---- runs

    /** One piece of a paragraph: text with its formatting, or finished Markdown (a link, an image, a footnote mark). */
    private record Piece(String text, boolean bold, boolean italic, boolean markdown) {
    }

    private final class Walk {
        final List<Piece> pieces = new ArrayList<>();
        final boolean inTable;
        /** Open complex fields: true while in the field's instruction, false once its shown text starts. */
        final List<Boolean> fields = new ArrayList<>();
        final List<String> instructions = new ArrayList<>();
        int linkStart = -1;
        String linkUrl;

        Walk(boolean inTable) {
            this.inTable = inTable;
        }

        boolean inInstruction() {
            return fields.contains(Boolean.TRUE);
        }
    }

    private String inline(Node paragraph, boolean inTable) {
        Walk walk = new Walk(inTable);
        children(paragraph, walk);
        return render(walk.pieces);
    }

    private void children(Node parent, Walk walk) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && W.equals(element.getNamespaceURI())) {
                element(element, walk);
            } else if (child instanceof Element element && element.getLocalName() != null
                    && element.getLocalName().equals("AlternateContent")) {
                // mc:AlternateContent: the fallback is the same content again.
                firstChoice(element, walk);
            }
        }
    }

    private void firstChoice(Element alternate, Walk walk) {
        for (Node child = alternate.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element choice && "Choice".equals(choice.getLocalName())) {
                children(choice, walk);
                return;
            }
        }
    }

    private void element(Element element, Walk walk) {
        switch (element.getLocalName()) {
            case "r" -> run(element, walk);
            case "hyperlink" -> hyperlink(element, walk);
            case "ins", "moveTo", "smartTag", "customXml", "sdtContent", "bdo", "dir" -> {
                if (element.getLocalName().equals("ins") || element.getLocalName().equals("moveTo")) {
                    drop("tracked changes (accepted: insertions kept, deletions removed)");
                }
                children(element, walk);
            }
            case "sdt" -> children(element, walk);
            case "del", "moveFrom" -> drop("tracked changes (accepted: insertions kept, deletions removed)");
            case "fldSimple" -> {
                String instruction = element.getAttributeNS(W, "instr");
                if (!field(instruction, element, walk)) {
                    drop("fields (kept as the text they show)");
                    children(element, walk);
                }
            }
            default -> {
                // paragraph properties, bookmarks, proofing marks, comment range ends: nothing to show
            }
        }
    }

    /** A HYPERLINK field becomes a link; false for any other field. */
    private boolean field(String instruction, Element element, Walk walk) {
        Matcher m = Pattern.compile("^\\s*HYPERLINK\\s+\"([^\"]+)\"").matcher(instruction == null ? "" : instruction);
        if (!m.find()) {
            return false;
        }
        int start = walk.pieces.size();
        children(element, walk);
        link(walk, start, m.group(1));
        return true;
    }

    private void hyperlink(Element element, Walk walk) {
        String relation = element.getAttributeNS(R, "id");
        String url = null;
        if (relation != null && !relation.isEmpty()) {
            var link = document.getHyperlinkByID(relation);
            url = link != null ? link.getURL() : null;
            if (url == null) {
                try {
                    url = document.getPackagePart().getRelationship(relation).getTargetURI().toString();
                } catch (RuntimeException e) {
                    url = null;
                }
            }
        }
        int start = walk.pieces.size();
        children(element, walk);
        if (url == null) {
            if (element.hasAttributeNS(W, "anchor")) {
                drop("links to bookmarks inside the document (their text is kept)");
            }
            return;
        }
        link(walk, start, url);
    }

    /** Turns the pieces since {@code start} into one link, when the URL is one a page may carry. */
    private void link(Walk walk, int start, String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:"))) {
            drop("links to files or other places than web pages and e-mail addresses (their text is kept)");
            return;
        }
        List<Piece> inside = new ArrayList<>(walk.pieces.subList(start, walk.pieces.size()));
        walk.pieces.subList(start, walk.pieces.size()).clear();
        String text = render(inside).strip();
        if (text.isEmpty()) {
            text = escape(url, walk.inTable);
        }
        walk.pieces.add(new Piece("[" + text + "](" + url.replace(" ", "%20").replace(")", "%29").replace("(", "%28") + ")",
                false, false, true));
    }

    private void run(Element run, Walk walk) {
        boolean bold = false;
        boolean italic = false;
        for (Node child = run.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element)) {
                continue;
            }
            String name = element.getLocalName();
            if (W.equals(element.getNamespaceURI()) && name.equals("rPr")) {
                bold = on(element, "b");
                italic = on(element, "i");
                continue;
            }
            if (name.equals("fldChar")) {
                String kind = element.getAttributeNS(W, "fldCharType");
                if (kind.equals("begin")) {
                    walk.fields.add(Boolean.TRUE);
                    walk.instructions.add("");
                } else if (kind.equals("separate") && !walk.fields.isEmpty()) {
                    walk.fields.set(walk.fields.size() - 1, Boolean.FALSE);
                    String instruction = walk.instructions.get(walk.instructions.size() - 1);
                    Matcher m = Pattern.compile("^\\s*HYPERLINK\\s+\"([^\"]+)\"").matcher(instruction);
                    if (m.find()) {
                        walk.linkStart = walk.pieces.size();
                        walk.linkUrl = m.group(1);
                    } else {
                        drop("fields (kept as the text they show)");
                    }
                } else if (kind.equals("end") && !walk.fields.isEmpty()) {
                    walk.fields.remove(walk.fields.size() - 1);
                    walk.instructions.remove(walk.instructions.size() - 1);
                    if (walk.linkUrl != null && walk.fields.isEmpty()) {
                        link(walk, walk.linkStart, walk.linkUrl);
                        walk.linkUrl = null;
                    }
                }
                continue;
            }
            if (name.equals("instrText")) {
                if (!walk.instructions.isEmpty()) {
                    int last = walk.instructions.size() - 1;
                    walk.instructions.set(last, walk.instructions.get(last) + textOf(element));
                }
                continue;
            }
            if (walk.inInstruction()) {
                continue;
            }
            switch (name) {
                case "t" -> walk.pieces.add(new Piece(textOf(element), bold, italic, false));
                case "tab", "ptab" -> walk.pieces.add(new Piece(" ", bold, italic, false));
                case "br", "cr" -> {
                    String type = element.getAttributeNS(W, "type");
                    if (type.isEmpty() || type.equals("textWrapping")) {
                        walk.pieces.add(new Piece(walk.inTable ? " " : "\\\n", false, false, true));
                    }
                }
                case "noBreakHyphen" -> walk.pieces.add(new Piece("-", bold, italic, false));
                case "footnoteReference", "endnoteReference" -> footnote(element, name.startsWith("endnote"), walk);
                case "commentReference" -> drop("comments");
                case "delText", "delInstrText" -> drop("tracked changes (accepted: insertions kept, deletions removed)");
                case "drawing", "pict", "object" -> image(element, walk);
                default -> {
                    // footnote marks inside the note itself, symbols, last-rendered page breaks
                }
            }
        }
    }

    /* The text inside an element (XMLBeans' DOM has no getTextContent). */
    private static String textOf(Node element) {
        StringBuilder out = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(child.getNodeValue());
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                out.append(textOf(child));
            }
        }
        return out.toString();
    }

    private static boolean on(Element properties, String flag) {
        for (Node child = properties.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && flag.equals(e.getLocalName()) && W.equals(e.getNamespaceURI())) {
                String value = e.getAttributeNS(W, "val");
                return value.isEmpty() || !(value.equals("0") || value.equals("false") || value.equals("off"));
            }
        }
        return false;
    }

    private void footnote(Element reference, boolean endnote, Walk walk) {
        String noteId = reference.getAttributeNS(W, "id");
        XWPFAbstractFootnoteEndnote note = null;
        try {
            note = endnote
                    ? document.getEndnotes().stream().filter(n -> n.getId() != null && n.getId().toString().equals(noteId)).findFirst().orElse(null)
                    : document.getFootnoteByID(Integer.parseInt(noteId));
        } catch (RuntimeException e) {
            note = null;
        }
        if (note == null) {
            drop("footnote marks whose note is missing");
            return;
        }
        String number = String.valueOf(footnotes.size() + 1);
        List<String> texts = new ArrayList<>();
        for (XWPFParagraph p : note.getParagraphs()) {
            String text = inline(p.getCTP().getDomNode(), true).strip();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        footnotes.put(number, String.join(" ", texts));
        walk.pieces.add(new Piece("[^" + number + "]", false, false, true));
    }

    private void image(Element drawing, Walk walk) {
        String relation = firstAttribute(drawing, "blip", "embed");
        if (relation == null) {
            relation = firstAttribute(drawing, "imagedata", "id");
        }
        XWPFPictureData picture = relation == null ? null : document.getPictureDataByID(relation);
        if (picture == null) {
            drop("drawings and shapes that are not pictures");
            return;
        }
        String extension = Optional.ofNullable(picture.suggestFileExtension()).orElse("").toLowerCase(Locale.ROOT);
        if (!AssetFiles.PASSIVE_TYPES.contains(extension)) {
            drop("images of a type a page can not show (" + (extension.isEmpty() ? "unknown" : extension) + ")");
            return;
        }
        long size = picture.getPackagePart().getSize();
        byte[] bytes = size > limits.maxImageBytes() ? null : picture.getData();
        if (bytes == null || bytes.length > limits.maxImageBytes()) {
            drop("images over " + limits.maxImageBytes() / (1024 * 1024) + " MB");
            return;
        }
        String alt = Optional.ofNullable(firstAttribute(drawing, "docPr", "descr")).filter(s -> !s.isBlank())
                .orElse("image " + (images.size() + 1));
        String asset = id + "/image-" + (images.size() + 1) + "." + extension;
        images.add(new Image(asset, bytes));
        walk.pieces.add(new Piece("![" + escape(alt.strip().replaceAll("\\s+", " "), true) + "](/assets/" + asset + ")", false, false, true));
    }

    private static String firstAttribute(Element root, String localName, String attribute) {
        var nodes = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            var attributes = e.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Node attr = attributes.item(a);
                String name = attr.getLocalName() != null ? attr.getLocalName() : attr.getNodeName();
                if (name.equals(attribute)) {
                    return attr.getNodeValue();
                }
            }
        }
        return null;
    }

    private String plainText(XWPFParagraph paragraph) {
        Walk walk = new Walk(false);
        children(paragraph.getCTP().getDomNode(), walk);
        StringBuilder out = new StringBuilder();
        walk.pieces.forEach(p -> out.append(p.markdown() && p.text().equals("\\\n") ? "\n" : p.text()));
        return out.toString();
    }

    // ---- Markdown text

    /** The pieces as Markdown: runs of the same formatting joined, emphasis markers around them, text escaped. */
    private static String render(List<Piece> pieces) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pieces.size()) {
            Piece first = pieces.get(i);
            if (first.markdown()) {
                out.append(first.text());
                i++;
                continue;
            }
            StringBuilder text = new StringBuilder();
            int j = i;
            while (j < pieces.size() && !pieces.get(j).markdown() && pieces.get(j).bold() == first.bold()
                    && pieces.get(j).italic() == first.italic()) {
                text.append(pieces.get(j).text());
                j++;
            }
            out.append(emphasised(escape(text.toString(), false), first.bold(), first.italic()));
            i = j;
        }
        return out.toString();
    }

    private static String emphasised(String text, boolean bold, boolean italic) {
        if ((!bold && !italic) || text.isBlank()) {
            return text;
        }
        String marker = bold && italic ? "***" : bold ? "**" : "*";
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, start) + marker + text.substring(start, end) + marker + text.substring(end);
    }

    /**
     * Text as Markdown shows it literally: Markdown's marks are escaped, and the template syntax
     * of document bodies ({@code {{}, {@code {%}, {@code {##}) is written as a placeholder that prints it.
     */
    static String escape(String text, boolean inTable) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '%')) {
                out.append("{{ '{").append(text.charAt(i + 1)).append("' }}");
                i++;
            } else if (c == '{' && text.startsWith("{##", i)) {
                out.append("{{ '{##' }}");
                i += 2;
            } else if ("\\`*_[]<>~|".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append(inTable ? ' ' : '\n');
            } else if (c == '\u00a0') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A paragraph that starts like a heading, a list item or a quote stays a paragraph. */
    private static String escapeLineStart(String text) {
        return text.replaceFirst("^(#{1,6}(?:\\s|$)|[-+](?=\\s)|>)", "\\\\$1").replaceFirst("^(\\d{1,9})([.)])(?=\\s)", "$1\\\\$2");
    }
}
