package io.github.isms.pdf;

/** A print layout that could not be turned into a PDF; the message names the document. */
public final class PdfRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PdfRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
