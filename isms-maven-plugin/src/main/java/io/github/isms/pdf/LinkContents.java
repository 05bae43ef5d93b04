package io.github.isms.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * PDF/UA wants every link annotation to describe itself (/Contents); openhtmltopdf leaves it
 * empty. A link to a heading (every entry of the table of contents) is described by that
 * heading's bookmark title, which the outline already holds; any other link by the text under
 * its area, which takes a pass over the page's content and is therefore the fallback.
 *
 * <p>That pass runs before the fonts are subset and embedded (on saving), so their dictionaries do not yet
 * hold a font program nor a map to Unicode. It reads the text in the fonts the layout loaded instead: read
 * from their dictionaries, PDFBox would stand in another face for each (and warn), whose letters are not
 * those of a bold, italic or monospaced face.
 */
final class LinkContents {

    /** How far before its link's rectangle the area of a link's text starts, in points. */
    private static final float EDGE = 0.01f;

    private LinkContents() {}

    /** @param fonts the fonts the layout loaded into {@code document}, by their font dictionary */
    static void fillMissing(PDDocument document, Map<COSDictionary, PDFont> fonts) throws IOException {
        PDPageTree pages = document.getPages();
        Map<Target, String> headings = new HashMap<>();
        collectBookmarks(document.getDocumentCatalog().getDocumentOutline(), pages, headings);
        for (PDPage page : pages) {
            List<PDAnnotationLink> undescribed = new ArrayList<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link
                        && (link.getContents() == null || link.getContents().isBlank())) {
                    String heading = headings.get(target(link.getDestination(), link, pages));
                    if (heading != null) {
                        link.setContents(heading);
                    } else {
                        undescribed.add(link);
                    }
                }
            }
            if (!undescribed.isEmpty()) {
                describeByText(page, undescribed, fonts);
            }
        }
    }

    /** A place in the document: a page and the top of the view a destination opens. */
    private record Target(int page, long top) {
        static Target of(PDPageXYZDestination xyz, PDPageTree pages) {
            // Links and bookmarks to one heading get the same coordinates; rounding absorbs float noise.
            return xyz.getPage() == null ? null : new Target(pages.indexOf(xyz.getPage()), Math.round(xyz.getTop() * 10.0));
        }
    }

    private static Target target(PDDestination destination, PDAnnotationLink link, PDPageTree pages) throws IOException {
        PDDestination d = destination;
        if (d == null && link.getAction() instanceof PDActionGoTo goTo) {
            d = goTo.getDestination();
        }
        return d instanceof PDPageXYZDestination xyz ? Target.of(xyz, pages) : null;
    }

    private static void collectBookmarks(PDOutlineNode node, PDPageTree pages, Map<Target, String> headings)
            throws IOException {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            if (item.getDestination() instanceof PDPageXYZDestination xyz) {
                Target target = Target.of(xyz, pages);
                if (target != null && item.getTitle() != null && !item.getTitle().isBlank()) {
                    headings.putIfAbsent(target, item.getTitle().strip());
                }
            }
            collectBookmarks(item, pages, headings);
        }
    }

    private static void describeByText(PDPage page, List<PDAnnotationLink> links, Map<COSDictionary, PDFont> fonts)
            throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addOperator(new LoadedFont(stripper, fonts));
        float height = page.getMediaBox().getHeight();
        for (int i = 0; i < links.size(); i++) {
            PDRectangle r = links.get(i).getRectangle();
            /*
             * A letter belongs to the area its origin lies in. The link's first letter starts where the link does, and
             * the rectangle, rounded to a float, can start a millionth of a point after it: the area starts a hundredth
             * of a point earlier, which also keeps the letter after the link, which starts where the link ends, out.
             */
            stripper.addRegion(String.valueOf(i), new Rectangle2D.Float(r.getLowerLeftX() - EDGE,
                    height - r.getUpperRightY(), r.getWidth(), r.getHeight()));
        }
        stripper.extractRegions(page);
        for (int i = 0; i < links.size(); i++) {
            String text = stripper.getTextForRegion(String.valueOf(i)).strip()
                    .replaceAll("\\s+", " ").replaceAll("\\.{3,}", " ").strip();
            links.get(i).setContents(text.isEmpty() ? "Link" : text);
        }
    }

    /** The text operator that sets the font ({@code Tf}), taking a font the layout loaded where there is one. */
    private static final class LoadedFont extends SetFontAndSize {
        private final Map<COSDictionary, PDFont> fonts;

        LoadedFont(PDFStreamEngine context, Map<COSDictionary, PDFont> fonts) {
            super(context);
            this.fonts = fonts;
        }

        @Override
        public void process(Operator operator, List<COSBase> arguments) throws IOException {
            PDFont loaded = arguments.size() >= 2 && arguments.get(0) instanceof COSName name
                    && arguments.get(1) instanceof COSNumber ? fonts.get(fontDictionary(name)) : null;
            if (loaded == null) {
                super.process(operator, arguments);
                return;
            }
            getContext().getGraphicsState().getTextState().setFontSize(((COSNumber) arguments.get(1)).floatValue());
            getContext().getGraphicsState().getTextState().setFont(loaded);
        }

        private COSDictionary fontDictionary(COSName name) {
            PDResources resources = getContext().getResources();
            COSDictionary named = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
            return named == null ? null : named.getCOSDictionary(name);
        }
    }
}
