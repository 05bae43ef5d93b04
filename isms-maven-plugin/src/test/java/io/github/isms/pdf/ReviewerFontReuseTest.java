package io.github.isms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reviewer: a renderer reuses parsed fonts; what it rendered before must not change the next PDF's bytes. */
class ReviewerFontReuseTest {

    @Test
    void aDocumentRendersToTheSameBytesWhateverTheRendererRenderedBefore() {
        PrintDocument a = SamplePrint.document(false);
        PrintDocument base = SamplePrint.document(true);
        String xhtml = base.xhtml().replaceFirst("</h1>", " Ωμέγα ДЖЗИ ŁŚŹ ∑∫≤ <b>Жирный</b> <code>кодΩ</code></h1>");
        PrintDocument other = new PrintDocument(xhtml, base.metadata(), base.baseUri(), base.watermark(), base.images());

        byte[] fresh = new PdfRenderer().render(a);
        PdfRenderer used = new PdfRenderer();
        used.render(other);
        used.render(SamplePrint.document(true));
        assertThat(used.render(a)).isEqualTo(fresh);
    }
}
