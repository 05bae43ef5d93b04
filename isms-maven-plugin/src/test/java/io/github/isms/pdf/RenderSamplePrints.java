package io.github.isms.pdf;

import org.apache.commons.logging.LogFactory;

/**
 * A second process for {@link PdfRendererTest}: renders the sample print, approved and as a draft, so that what
 * PDFBox logs while it does can be read from the process's output. The process starts with the logging the test
 * chose, before PDFBox's classes take their loggers; it says so through the same log first, to show it reaches the
 * output.
 */
public final class RenderSamplePrints {

    static final String LOG_CHECK = "PDFBox's log reaches this output";

    public static void main(String[] args) {
        LogFactory.getLog(RenderSamplePrints.class).warn(LOG_CHECK);
        PdfRenderer renderer = new PdfRenderer();
        renderer.render(SamplePrint.document(false));
        renderer.render(SamplePrint.document(true));
        System.out.println("rendered");
    }
}
