package io.github.isms.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Stamps "DRAFT" diagonally across every page. It is drawn after layout as marked-content
 * artifact, so screen readers skip it (PDF/UA) and it never shifts the text of the document.
 */
final class Watermark {

    private static final String TEXT = "DRAFT";

    private Watermark() {}

    static void stamp(PDDocument document, byte[] boldFont) throws IOException {
        PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(boldFont), true);
        float fontSize = 110;
        float textWidth = font.getStringWidth(TEXT) / 1000 * fontSize;
        for (PDPage page : document.getPages()) {
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream cs =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.beginMarkedContent(COSName.ARTIFACT);
                PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
                translucent.setNonStrokingAlphaConstant(0.16f);
                cs.setGraphicsStateParameters(translucent);
                cs.setNonStrokingColor(0.75f, 0.1f, 0.1f);
                cs.beginText();
                cs.setFont(font, fontSize);
                double angle = Math.atan2(box.getHeight(), box.getWidth());
                Matrix m = Matrix.getRotateInstance(angle, box.getWidth() / 2, box.getHeight() / 2);
                m.translate(-textWidth / 2, -fontSize * 0.35f);
                cs.setTextMatrix(m);
                cs.showText(TEXT);
                cs.endText();
                cs.endMarkedContent();
            }
        }
    }
}
