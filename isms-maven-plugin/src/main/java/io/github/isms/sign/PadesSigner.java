package io.github.isms.sign;

import io.github.isms.digest.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Signs a PDF with a PAdES baseline signature: B-B, or B-T when a time-stamp authority is
 * configured. The signature is appended as an incremental update, so the signed bytes are the
 * rendered PDF/A file unchanged and the result stays PDF/A.
 */
public final class PadesSigner {

    /** The sub-filter of PAdES signatures (ETSI EN 319 142-1). */
    public static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    /** The reason every development-key signature carries, so no reader mistakes it for a real one. */
    public static final String DEVELOPMENT_REASON = "development signature";

    private static final int SIGNATURE_SIZE = 16 * 1024;
    // PDF/A limits a string to 32767 bytes, /Contents included; a chain plus a token fits in 30000.
    private static final int SIGNATURE_SIZE_WITH_TIMESTAMP = 30_000;

    /** Returns {@code pdf} with a signature appended. */
    public byte[] sign(byte[] pdf, SigningKey key, SignatureOptions options) {
        TimestampClient tsa = options.tsaUrl() == null ? null : new TimestampClient(options.tsaUrl(), options.tsaTimeout());
        Instant when = options.signingTime() == null ? Instant.now() : options.signingTime();
        try (PDDocument document = Loader.loadPDF(pdf);
                var placement = new org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(ETSI_CADES_DETACHED);
            signature.setName(key.certificate().getSubjectX500Principal().getName());
            signature.setReason(key.isDevelopmentKey() ? DEVELOPMENT_REASON + ": " + options.reason() : options.reason());
            if (!options.location().isEmpty()) {
                signature.setLocation(options.location());
            }
            signature.setSignDate(calendar(when));
            placement.setPreferredSignatureSize(tsa == null ? SIGNATURE_SIZE : SIGNATURE_SIZE_WITH_TIMESTAMP);
            document.addSignature(signature, content -> CadesSignature.create(content.readAllBytes(), key, tsa), placement);
            markWidgetsPrintable(document);
            // PDFBox derives the second part of the updated file identifier from this seed, else from the clock:
            // the signed file's content and signing time make it, so one file signed at one time has one identifier.
            document.setDocumentId(identifierSeed(pdf, when));
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE_WITH_TIMESTAMP + 4096);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            if (e.getCause() instanceof SigningException signing) {
                throw signing;
            }
            throw new SigningException(SigningException.Problem.SIGNING_FAILED, "cannot sign the PDF: " + e.getMessage(), e);
        }
    }

    private static long identifierSeed(byte[] pdf, Instant when) {
        MessageDigest sha256 = Sha256.newDigest();
        sha256.update(pdf);
        sha256.update(Long.toString(when.toEpochMilli()).getBytes(StandardCharsets.US_ASCII));
        return ByteBuffer.wrap(sha256.digest()).getLong();
    }

    /** PDF/A requires the print flag on every annotation, the invisible signature widget included. */
    private static void markWidgetsPrintable(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return;
        }
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField signatureField) {
                signatureField.getWidgets().forEach(widget -> widget.setPrinted(true));
            }
        }
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
