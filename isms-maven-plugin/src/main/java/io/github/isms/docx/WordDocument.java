package io.github.isms.docx;

import io.github.isms.pdf.ControlBlock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * One document as a Word file: the cover with the document-control block and the revision history, as the
 * PDF prints them, then the body. A draft or retired document says so in its status and in every page
 * header. The file's dates are the print's date, and every entry of the package carries it, so the same
 * sources give the same bytes.
 */
final class WordDocument {

    private static final String NOTICE = "The controlled version of this document is the signed PDF and the published "
            + "ISMS site. Printed copies are uncontrolled.";
    private static final String RED = "C00000";

    /** The page, as the PDF's: A4, margins of 18 mm at the sides, 24 mm at the top, 22 mm at the bottom (in twips). */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_SIDE = 1021;
    private static final int MARGIN_TOP = 1361;
    private static final int MARGIN_BOTTOM = 1247;
    /** The text's width and height on a page, in twips: what an image may fill at most. */
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;
    static final int TEXT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;

    /**
     * What a Word file shows and says about itself.
     *
     * @param marking  {@code DRAFT}, {@code RETIRED}, or null for a document in force
     * @param language the body's language tag ({@code en}, {@code de-CH})
     * @param created  the date of the print, never the clock
     * @param images   the pictures of the body's images, looked up before: a value, like the rest, so that the
     *                 content is the key of its file in a cache
     */
    record Content(ControlBlock control, String bodyHtml, String marking, String language, List<String> keywords,
            OffsetDateTime created, BodyImages images) {
    }

    private WordDocument() {
    }

    /** The Word file of {@code content}. */
    static byte[] of(Content content) {
        Thread thread = Thread.currentThread();
        ClassLoader contextLoader = thread.getContextClassLoader();
        /*
         * The library asks JAXP for a new TransformerFactory for every XML part it saves, and JAXP looks for
         * providers on the context class loader, which in a Maven plugin is the whole plugin class path: a scan
         * of every jar's services, several times per file (three quarters of the export's time). The JDK's own
         * implementation is the one wanted anyway, so the lookup is confined to the JDK.
         */
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        XWPFDocument doc = new XWPFDocument();
        try {
            styles(doc, content.language());
            Numbering lists = new Numbering(doc);
            ControlBlock dc = content.control();
            page(doc);
            headerAndFooter(doc, dc, content.marking());
            cover(doc, dc, content.marking());
            revisions(doc, dc);
            doc.createParagraph().createRun().addBreak(BreakType.PAGE);
            new HtmlToWord(lists, content.images()).append(content.bodyHtml(), new HtmlToWord.Blocks() {
                @Override
                public XWPFParagraph paragraph() {
                    return doc.createParagraph();
                }

                @Override
                public XWPFTable table() {
                    return doc.createTable();
                }
            });
            properties(doc, content);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.write(out);
            return fixedTimes(out.toByteArray(), content.created());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // Not close(): a package made in memory saves itself once more on closing, to no stream anyone reads.
            doc.getPackage().revert();
            thread.setContextClassLoader(contextLoader);
        }
    }

    private static void cover(XWPFDocument doc, ControlBlock dc, String marking) {
        text(doc.createParagraph(), "Subtitle", dc.organization());
        text(doc.createParagraph(), "Subtitle", dc.id() + " · Version " + dc.version());
        text(doc.createParagraph(), "Title", dc.title());
        XWPFRun status = doc.createParagraph().createRun();
        status.setBold(true);
        status.setText(dc.status().toUpperCase(java.util.Locale.ROOT));
        if (marking != null) {
            status.setColor(RED);
        }
        List<String[]> rows = List.of(new String[] {"Document ID", dc.id()}, new String[] {"Title", dc.title()},
                new String[] {"Version", dc.version()}, new String[] {"Status", dc.status()},
                new String[] {"Owner", dc.owner()}, new String[] {"Approvers", String.join(", ", dc.approvers())},
                new String[] {"Approval date", dc.approvalDate()}, new String[] {"Effective date", dc.effectiveDate()},
                new String[] {"Next review", dc.nextReview()}, new String[] {"Classification", dc.classification()});
        XWPFTable table = doc.createTable(rows.size(), 2);
        HtmlToWord.grid(table, 2);
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = table.getRow(i);
            XWPFRun label = row.getCell(0).getParagraphs().get(0).createRun();
            label.setBold(true);
            label.setText(rows.get(i)[0]);
            String value = rows.get(i)[1];
            row.getCell(1).getParagraphs().get(0).createRun().setText(value == null || value.isEmpty() ? "—" : value);
        }
        XWPFRun notice = doc.createParagraph().createRun();
        notice.setItalic(true);
        notice.setText(NOTICE);
    }

    private static void revisions(XWPFDocument doc, ControlBlock dc) {
        XWPFRun caption = doc.createParagraph().createRun();
        caption.setBold(true);
        caption.setText("Revision history");
        String[] headings = {"Version", "Date", "Authors", "Approved by", "Change", "Record"};
        if (dc.revisions().isEmpty()) {
            doc.createParagraph().createRun().setText("No approved version yet.");
            return;
        }
        XWPFTable table = doc.createTable(dc.revisions().size() + 1, headings.length);
        HtmlToWord.grid(table, headings.length);
        table.getRow(0).setRepeatHeader(true);
        for (int c = 0; c < headings.length; c++) {
            XWPFRun run = table.getRow(0).getCell(c).getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setText(headings[c]);
        }
        for (int r = 0; r < dc.revisions().size(); r++) {
            ControlBlock.RevisionLine line = dc.revisions().get(r);
            String[] cells = {line.version(), line.date(), line.authors(), line.approvers(), line.summary(), line.record()};
            for (int c = 0; c < cells.length; c++) {
                table.getRow(r + 1).getCell(c).getParagraphs().get(0).createRun().setText(cells[c] == null ? "" : cells[c]);
            }
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setHeader(BigInteger.valueOf(MARGIN_TOP / 2));
        margins.setFooter(BigInteger.valueOf(MARGIN_BOTTOM / 2));
    }

    private static void headerAndFooter(XWPFDocument doc, ControlBlock dc, String marking) {
        XWPFParagraph header = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        header.setStyle("Header");
        if (marking != null) {
            XWPFRun mark = header.createRun();
            mark.setBold(true);
            mark.setColor(RED);
            mark.setText(marking + " · ");
        }
        header.createRun().setText(dc.organization() + " · " + dc.id() + " " + dc.title() + " · Version " + dc.version()
                + " · " + dc.classification());
        XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setStyle("Footer");
        footer.createRun().setText(dc.organization() + " · " + dc.id() + " v" + dc.version() + " · " + dc.classification()
                + " · Uncontrolled when printed");
    }

    private static void properties(XWPFDocument doc, Content content) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        ControlBlock dc = content.control();
        Optional<Date> date = Optional.of(Date.from(content.created().toInstant()));
        core.setTitle(dc.id() + " " + dc.title());
        core.setSubjectProperty(dc.title() + ", " + dc.organization());
        core.setCreator(dc.organization());
        core.setIdentifier(dc.id() + "@" + dc.version());
        core.setKeywords(String.join(", ", content.keywords()));
        core.setContentStatus(content.marking() == null ? dc.status() : content.marking());
        core.setCreated(date);
        core.setModified(date);
    }

    private static void styles(XWPFDocument doc, String language) {
        String xml = resource("styles.xml").replace("LANGUAGE", language.replace("\"", ""));
        try {
            CTStyles styles = StylesDocument.Factory.parse(xml).getStyles();
            doc.createStyles().setStyles(styles);
        } catch (XmlException e) {
            throw new IllegalStateException("the plugin's Word styles do not parse", e);
        }
    }

    /** The lists of one document: the shared bullet numbering, and a numbering that starts at 1 per numbered list. */
    private static final class Numbering implements HtmlToWord.Lists {
        private final XWPFNumbering numbering;
        private final BigInteger bullets;

        Numbering(XWPFDocument doc) {
            try {
                CTNumbering parsed = NumberingDocument.Factory.parse(resource("numbering.xml")).getNumbering();
                numbering = doc.createNumbering();
                parsed.getAbstractNumList().forEach(a -> numbering.addAbstractNum(new XWPFAbstractNum(a, numbering)));
                bullets = numbering.addNum(BigInteger.ZERO);
            } catch (XmlException e) {
                throw new IllegalStateException("the plugin's Word list formats do not parse", e);
            }
        }

        @Override
        public BigInteger bullets() {
            return bullets;
        }

        @Override
        public BigInteger numbered() {
            BigInteger id = numbering.addNum(BigInteger.ONE);
            CTNum num = numbering.getNum(id).getCTNum();
            num.addNewLvlOverride().setIlvl(BigInteger.ZERO);
            num.getLvlOverrideArray(0).addNewStartOverride().setVal(BigInteger.ONE);
            return id;
        }
    }

    private static void text(XWPFParagraph p, String style, String text) {
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private static String resource(String name) {
        try (InputStream in = WordDocument.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The package again with every entry dated {@code created}: the zip format stores a time per entry, which
     * the library sets from the clock. Local date-time, so the bytes do not depend on the machine's time zone.
     */
    static byte[] fixedTimes(byte[] zip, OffsetDateTime created) throws IOException {
        LocalDateTime time = created.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
