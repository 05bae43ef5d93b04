package io.github.isms.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Stamps a word ("DRAFT", "SUPERSEDED") diagonally across every page. It is drawn after layout as
 * marked-content artifact, so screen readers skip it (PDF/UA) and it never shifts the text of the
 * document.
 */
final class Watermark {

    private static final float MAX_FONT_SIZE = 110;

    private Watermark() {}

    static void stamp(PDDocument document, PDFont font, String text) throws IOException {
        for (PDPage page : document.getPages()) {
            PDRectangle box = page.getMediaBox();
            // A long word shrinks to three quarters of the diagonal, so it never runs off the page.
            double diagonal = Math.hypot(box.getWidth(), box.getHeight());
            float fontSize = (float) Math.min(MAX_FONT_SIZE, 0.75 * diagonal / (font.getStringWidth(text) / 1000));
            float textWidth = font.getStringWidth(text) / 1000 * fontSize;
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
                cs.showText(text);
                cs.endText();
                cs.endMarkedContent();
            }
        }
    }
}
