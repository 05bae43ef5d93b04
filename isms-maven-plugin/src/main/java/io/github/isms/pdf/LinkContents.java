package io.github.isms.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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
 */
final class LinkContents {

    private LinkContents() {}

    static void fillMissing(PDDocument document) throws IOException {
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
                describeByText(page, undescribed);
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

    private static void describeByText(PDPage page, List<PDAnnotationLink> links) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        float height = page.getMediaBox().getHeight();
        for (int i = 0; i < links.size(); i++) {
            PDRectangle r = links.get(i).getRectangle();
            stripper.addRegion(String.valueOf(i), new Rectangle2D.Float(r.getLowerLeftX(),
                    height - r.getUpperRightY(), r.getWidth(), r.getHeight()));
        }
        stripper.extractRegions(page);
        for (int i = 0; i < links.size(); i++) {
            String text = stripper.getTextForRegion(String.valueOf(i)).strip()
                    .replaceAll("\\s+", " ").replaceAll("\\.{3,}", " ").strip();
            links.get(i).setContents(text.isEmpty() ? "Link" : text);
        }
    }
}
