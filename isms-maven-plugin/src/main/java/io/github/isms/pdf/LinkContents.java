package io.github.isms.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * PDF/UA wants every link annotation to describe itself (/Contents). openhtmltopdf leaves it
 * empty for links inside the document, so this fills it with the text under the link's area.
 */
final class LinkContents {

    private LinkContents() {}

    static void fillMissing(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            List<PDAnnotationLink> missing = new ArrayList<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link
                        && (link.getContents() == null || link.getContents().isBlank())) {
                    missing.add(link);
                }
            }
            if (missing.isEmpty()) {
                continue;
            }
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            float height = page.getMediaBox().getHeight();
            for (int i = 0; i < missing.size(); i++) {
                PDRectangle r = missing.get(i).getRectangle();
                stripper.addRegion(String.valueOf(i), new Rectangle2D.Float(r.getLowerLeftX(),
                        height - r.getUpperRightY(), r.getWidth(), r.getHeight()));
            }
            stripper.extractRegions(page);
            for (int i = 0; i < missing.size(); i++) {
                String text = stripper.getTextForRegion(String.valueOf(i)).strip()
                        .replaceAll("\\s+", " ").replaceAll("\\.{3,}", " ").strip();
                missing.get(i).setContents(text.isEmpty() ? "Link" : text);
            }
        }
    }
}
