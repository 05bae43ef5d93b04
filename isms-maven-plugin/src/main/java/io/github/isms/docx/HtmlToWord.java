package io.github.isms.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * Writes a document body, as the site renders it (sanitized HTML), into Word paragraphs: headings in
 * the heading styles, lists as Word lists (nested by level), tables as tables, code in the code style.
 * Whitespace collapses as a browser collapses it. Images become pictures, at most as wide as the text
 * (of the page, or of their table cell) and as high as the page, with their alt text as the picture's
 * description for screen readers. What Word can not show as the site does (an element without a Word
 * counterpart, an image it does not take) keeps its text.
 */
final class HtmlToWord {

    /** Where paragraphs and tables go: the document's body, or a table cell. */
    interface Blocks {
        XWPFParagraph paragraph();

        /** A new table, or null where Word can not nest one (its rows then become paragraphs). */
        XWPFTable table();
    }

    /** Hands out list numberings: one for all bullets, a new one that starts at 1 for each numbered list. */
    interface Lists {
        BigInteger bullets();

        BigInteger numbered();
    }

    /** The picture an image's {@code src} names, or empty where the image stays its alt text. */
    interface Images {
        Images NONE = src -> Optional.empty();

        Optional<Picture> picture(String src);
    }

    /**
     * An image for Word.
     *
     * @param name   its file name, as Word names the picture
     * @param width  in pixels
     * @param height in pixels
     */
    record Picture(byte[] bytes, PictureType type, String name, int width, int height) {
    }

    /** Twentieths of a point (Word's unit of page measures) in English Metric Units (its unit of drawings). */
    private static final long EMU_PER_TWIP = Units.EMU_PER_DXA;
    /** What a table cell keeps free of its width: Word's default cell margins, left and right. */
    private static final int CELL_MARGINS = 2 * 108;

    private record Format(boolean bold, boolean italic, boolean code, boolean strike, boolean superscript,
            boolean subscript, String link) {
        static final Format PLAIN = new Format(false, false, false, false, false, false, null);

        Format with(String tag) {
            return switch (tag) {
                case "strong", "b" -> new Format(true, italic, code, strike, superscript, subscript, link);
                case "em", "i" -> new Format(bold, true, code, strike, superscript, subscript, link);
                case "code", "kbd", "samp" -> new Format(bold, italic, true, strike, superscript, subscript, link);
                case "del", "s", "strike" -> new Format(bold, italic, code, true, superscript, subscript, link);
                case "sup" -> new Format(bold, italic, code, strike, true, subscript, link);
                case "sub" -> new Format(bold, italic, code, strike, superscript, true, link);
                default -> this;
            };
        }
    }

    private final Lists lists;
    private final Images images;

    HtmlToWord(Lists lists, Images images) {
        this.lists = lists;
        this.images = images;
    }

    /** Appends {@code html} (a fragment) to {@code out}. */
    void append(String html, Blocks out) {
        blocks(Jsoup.parseBodyFragment(html).body(), out, null);
    }

    /** The children of {@code parent} as paragraphs; inline content between blocks gathers in paragraphs of {@code style}. */
    private void blocks(Element parent, Blocks out, String style) {
        Line line = null;
        for (Node child : parent.childNodes()) {
            if (child instanceof Element e && isBlock(e)) {
                line = null;
                block(e, out, style);
            } else {
                if (line == null) {
                    if (child instanceof TextNode t && t.isBlank()) {
                        continue;
                    }
                    line = new Line(styled(out.paragraph(), style));
                }
                inline(child, line, Format.PLAIN);
            }
        }
    }

    private void block(Element e, Blocks out, String style) {
        String tag = e.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> inlines(e, new Line(styled(out.paragraph(), "Heading" + tag.charAt(1))));
            case "p" -> inlines(e, new Line(styled(out.paragraph(), style)));
            case "ul", "ol" -> list(e, out, 0);
            case "pre" -> code(e, out);
            case "blockquote" -> blocks(e, out, "Quote");
            case "table" -> table(e, out);
            case "hr" -> styled(out.paragraph(), style).setBorderBottom(Borders.SINGLE);
            case "dt" -> inlines(e, new Line(styled(out.paragraph(), style)), Format.PLAIN.with("strong"));
            case "dd" -> blocks(e, out, "Quote");
            default -> blocks(e, out, style);
        }
    }

    private void list(Element list, Blocks out, int level) {
        BigInteger numbering = list.normalName().equals("ol") ? lists.numbered() : lists.bullets();
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                block(item, out, null);
                continue;
            }
            // The item's first paragraph carries the number; further paragraphs and nested lists follow it.
            Line line = null;
            boolean numbered = false;
            for (Node child : item.childNodes()) {
                if (child instanceof Element e && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
                    line = null;
                    list(e, out, level + 1);
                } else if (child instanceof Element e && e.normalName().equals("p")) {
                    line = null;
                    XWPFParagraph p = listParagraph(out, numbered ? null : numbering, level);
                    numbered = true;
                    inlines(e, new Line(p));
                } else if (child instanceof Element e && isBlock(e)) {
                    line = null;
                    block(e, out, "ListParagraph");
                } else {
                    if (line == null) {
                        if (child instanceof TextNode t && t.isBlank()) {
                            continue;
                        }
                        line = new Line(listParagraph(out, numbered ? null : numbering, level));
                        numbered = true;
                    }
                    inline(child, line, Format.PLAIN);
                }
            }
            if (!numbered) {
                listParagraph(out, numbering, level);
            }
        }
    }

    private static XWPFParagraph listParagraph(Blocks out, BigInteger numbering, int level) {
        XWPFParagraph p = styled(out.paragraph(), "ListParagraph");
        if (numbering != null) {
            p.setNumID(numbering);
            p.setNumILvl(BigInteger.valueOf(Math.min(level, 8)));
        } else {
            p.setIndentationLeft(720 * (Math.min(level, 8) + 1));
        }
        return p;
    }

    private static void code(Element pre, Blocks out) {
        String text = pre.wholeText();
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        for (String codeLine : text.split("\n", -1)) {
            XWPFRun run = styled(out.paragraph(), "SourceCode").createRun();
            run.setText(codeLine.replace("\t", "    "));
        }
    }

    private void table(Element table, Blocks out) {
        List<Element> rows = new ArrayList<>();
        for (Element section : table.children()) {
            if (section.normalName().equals("tr")) {
                rows.add(section);
            } else {
                section.children().stream().filter(r -> r.normalName().equals("tr")).forEach(rows::add);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(r -> r.children().size()).max().orElse(1);
        XWPFTable word = out.table();
        if (word == null) {
            for (Element row : rows) {
                Line line = new Line(out.paragraph());
                for (int i = 0; i < row.children().size(); i++) {
                    if (i > 0) {
                        line.text(" | ", Format.PLAIN);
                    }
                    inlines(row.child(i), line);
                }
            }
            return;
        }
        grid(word, columns);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = r == 0 ? word.getRow(0) : word.createRow();
            Element source = rows.get(r);
            boolean header = source.parent() != null && source.parent().normalName().equals("thead");
            if (header) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell();
                if (c < source.children().size()) {
                    Element sourceCell = source.child(c);
                    Blocks inCell = new CellBlocks(cell);
                    if (header || sourceCell.normalName().equals("th")) {
                        inlines(sourceCell, new Line(inCell.paragraph()), Format.PLAIN.with("strong"));
                    } else if (sourceCell.children().stream().anyMatch(HtmlToWord::isBlock)) {
                        blocks(sourceCell, inCell, null);
                    } else {
                        inlines(sourceCell, new Line(inCell.paragraph()));
                    }
                }
            }
        }
    }

    /**
     * A table's style, full width, and its column grid: readers such as pandoc read a table through its grid,
     * which Word writes for every table and the library does not.
     */
    static void grid(XWPFTable table, int columns) {
        table.setStyleID("TableGrid");
        table.setWidth("100%");
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(9000 / columns));
        }
    }

    private void inlines(Element e, Line line) {
        inlines(e, line, Format.PLAIN);
    }

    private void inlines(Element e, Line line, Format format) {
        for (Node child : e.childNodes()) {
            inline(child, line, format);
        }
    }

    private void inline(Node node, Line line, Format format) {
        if (node instanceof TextNode text) {
            line.text(text.text(), format);
        } else if (node instanceof Element e) {
            switch (e.normalName()) {
                case "br" -> line.lineBreak();
                case "img" -> {
                    Optional<Picture> picture = images.picture(e.attr("src"));
                    if (picture.isPresent()) {
                        line.picture(picture.get(), e.attr("alt"), format);
                    } else {
                        line.text(e.attr("alt").isBlank() ? "" : "[" + e.attr("alt") + "]", format);
                    }
                }
                case "a" -> {
                    String href = e.attr("href");
                    Format linked = href.isEmpty() ? format
                            : new Format(format.bold(), format.italic(), format.code(), format.strike(), format.superscript(),
                                    format.subscript(), href);
                    inlines(e, line, linked);
                }
                case "input" -> line.text("checked".equals(e.attr("checked")) || e.hasAttr("checked") ? "\u2612 " : "\u2610 ", format);
                default -> inlines(e, line, format.with(e.normalName()));
            }
        }
    }

    private static boolean isBlock(Element e) {
        return switch (e.normalName()) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "pre", "blockquote", "table", "hr", "div",
                    "section", "dl", "dt", "dd", "details", "summary", "figure", "aside", "nav", "header", "footer" -> true;
            default -> false;
        };
    }

    private static XWPFParagraph styled(XWPFParagraph p, String style) {
        if (style != null) {
            p.setStyle(style);
        }
        return p;
    }

    /** The inline content of one paragraph, with whitespace collapsed across its runs as HTML does. */
    private static final class Line {
        private final XWPFParagraph paragraph;
        private boolean empty = true;
        private boolean space;

        Line(XWPFParagraph paragraph) {
            this.paragraph = paragraph;
        }

        void text(String text, Format format) {
            StringBuilder collapsed = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                    space = !empty;
                } else {
                    if (space) {
                        collapsed.append(' ');
                        space = false;
                    }
                    collapsed.append(c);
                    empty = false;
                }
            }
            if (collapsed.isEmpty()) {
                return;
            }
            XWPFRun run = run(format);
            run.setBold(format.bold());
            run.setItalic(format.italic());
            if (format.code()) {
                run.setStyle("VerbatimChar");
            }
            if (format.strike()) {
                run.setStrikeThrough(true);
            }
            if (format.superscript()) {
                run.setVerticalAlignment("superscript");
            } else if (format.subscript()) {
                run.setVerticalAlignment("subscript");
            }
            run.setText(collapsed.toString());
        }

        private XWPFRun run(Format format) {
            XWPFRun run = format.link() == null ? paragraph.createRun() : paragraph.createHyperlinkRun(format.link());
            if (format.link() != null) {
                run.setStyle("Hyperlink");
            }
            return run;
        }

        /** An image in the text: its own run, as large as it is at 96 pixels an inch, or smaller to fit. */
        void picture(Picture picture, String alt, Format format) {
            if (space) {
                paragraph.createRun().setText(" ");
            }
            space = false;
            empty = false;
            double scale = Math.min(1, Math.min((double) maxWidth() / picture.width(),
                    (double) WordDocument.TEXT_HEIGHT * EMU_PER_TWIP / Units.EMU_PER_PIXEL / picture.height()));
            int width = (int) Math.max(1, Math.round(picture.width() * scale * Units.EMU_PER_PIXEL));
            int height = (int) Math.max(1, Math.round(picture.height() * scale * Units.EMU_PER_PIXEL));
            XWPFRun run = run(format);
            XWPFPicture added;
            try {
                added = run.addPicture(new ByteArrayInputStream(picture.bytes()), picture.type(), picture.name(), width, height);
            } catch (InvalidFormatException | IOException e) {
                throw new IllegalStateException("Word does not take the image " + picture.name(), e);
            }
            // The alt text, where Word keeps it (Format Picture, Alt Text) and screen readers and pandoc read it.
            CTInline inline = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1).getInlineArray(0);
            inline.getDocPr().setDescr(alt);
            added.getCTPicture().getNvPicPr().getCNvPr().setDescr(alt);
        }

        /** The width left for an image in pixels: the text's, less the paragraph's indent, or the cell's. */
        private double maxWidth() {
            long twips = WordDocument.TEXT_WIDTH;
            if (paragraph.getBody() instanceof XWPFTableCell cell) {
                twips = twips / Math.max(1, cell.getTableRow().getTableCells().size()) - CELL_MARGINS;
            }
            if (paragraph.getNumIlvl() != null) {
                twips -= 720L * (paragraph.getNumIlvl().longValue() + 1);
            } else if (paragraph.getIndentationLeft() > 0) {
                twips -= paragraph.getIndentationLeft();
            } else if ("ListParagraph".equals(paragraph.getStyle()) || "Quote".equals(paragraph.getStyle())) {
                twips -= 720;
            }
            return (double) Math.max(720, twips) * EMU_PER_TWIP / Units.EMU_PER_PIXEL;
        }

        void lineBreak() {
            paragraph.createRun().addBreak();
            space = false;
        }
    }

    /** A table cell: its first paragraph is there already. */
    private static final class CellBlocks implements Blocks {
        private final XWPFTableCell cell;
        private boolean first = true;

        CellBlocks(XWPFTableCell cell) {
            this.cell = cell;
        }

        @Override
        public XWPFParagraph paragraph() {
            if (first && !cell.getParagraphs().isEmpty()) {
                first = false;
                return cell.getParagraphs().get(0);
            }
            first = false;
            return cell.addParagraph();
        }

        @Override
        public XWPFTable table() {
            return null;
        }
    }
}
