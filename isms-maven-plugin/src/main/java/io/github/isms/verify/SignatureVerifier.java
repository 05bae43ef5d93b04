package io.github.isms.verify;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.SourcePosition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;

/**
 * Verifies the signatures of one PDF: the last signature covers the whole file except its own
 * value, each digest matches, each signer is trusted under the {@link TrustPolicy} (see
 * {@link SignerTrust}), and a time-stamp, when present, belongs to its signature.
 */
public final class SignatureVerifier {

    private final SignerTrust trust;

    public SignatureVerifier(TrustPolicy policy) {
        this.trust = new SignerTrust(policy);
    }

    /** Problems of {@code pdf}, reported against {@code path}; empty when the file verifies. */
    public List<Diagnostic> verify(String path, byte[] pdf) {
        List<Diagnostic> found = new ArrayList<>();
        SourcePosition where = SourcePosition.file(path);
        List<PDSignature> signatures;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            signatures = document.getSignatureDictionaries();
        } catch (IOException e) {
            found.add(error(Code.PDF_UNREADABLE, where, "not a readable PDF: " + e.getMessage()));
            return found;
        }
        if (signatures.isEmpty()) {
            found.add(error(Code.PDF_UNSIGNED, where, "the PDF carries no signature"));
            return found;
        }
        long widest = 0;
        for (PDSignature signature : signatures) {
            int[] range = signature.getByteRange();
            if (!wellFormed(range, pdf)) {
                found.add(error(Code.SIGNATURE_COVERAGE, where, "the signature's /ByteRange "
                        + Arrays.toString(range) + " does not frame its /Contents value"));
                continue;
            }
            widest = Math.max(widest, (long) range[2] + range[3]);
            checkSignature(where, pdf, signature, range, found);
        }
        if (widest != pdf.length && found.stream().noneMatch(d -> d.code() == Code.SIGNATURE_COVERAGE)) {
            found.add(error(Code.SIGNATURE_COVERAGE, where, "the signature covers " + widest + " of "
                    + pdf.length + " bytes: content was added after signing"));
        }
        return found;
    }

    private void checkSignature(SourcePosition where, byte[] pdf, PDSignature signature, int[] range,
            List<Diagnostic> found) {
        ByteArrayOutputStream signed = new ByteArrayOutputStream(range[1] + range[3]);
        signed.write(pdf, range[0], range[1]);
        signed.write(pdf, range[2], range[3]);
        byte[] contents = hex(pdf, range[1] + 1, range[2] - 1);
        try {
            SignedCms cms = SignedCms.open(contents, signed.toByteArray());
            if (!cms.verifies()) {
                found.add(error(Code.SIGNATURE_INVALID, where, "the signature value does not verify"));
                return;
            }
            Date when = signingTime(signature);
            TimeStampToken token = timestamp(cms.signer());
            if (token != null) {
                checkTimestamp(where, cms.signer(), token, found);
                when = token.getTimeStampInfo().getGenTime();
            }
            found.addAll(trust.check(where, cms.certificate(), cms.certificates(), when));
        } catch (CMSSignerDigestMismatchException e) {
            found.add(error(Code.SIGNATURE_DIGEST, where,
                    "the file was changed after signing: the signed digest does not match its content"));
        } catch (CMSException | IOException | GeneralSecurityException | OperatorCreationException
                | IllegalArgumentException | ClassCastException e) {
            found.add(error(Code.SIGNATURE_INVALID, where, "the signature value is malformed: " + e.getMessage()));
        }
    }

    private static void checkTimestamp(SourcePosition where, SignerInformation signer, TimeStampToken token,
            List<Diagnostic> found) {
        try {
            byte[] imprint = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
            boolean sameImprint = Arrays.equals(imprint, token.getTimeStampInfo().getMessageImprintDigest());
            @SuppressWarnings("unchecked")
            Selector<X509CertificateHolder> selector = (Selector<X509CertificateHolder>) (Selector<?>) token.getSID();
            Collection<X509CertificateHolder> tsaCerts = token.getCertificates().getMatches(selector);
            if (!sameImprint || tsaCerts.isEmpty()) {
                found.add(error(Code.TIMESTAMP_INVALID, where, "the time-stamp does not belong to this signature"));
                return;
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCerts.iterator().next()));
        } catch (TSPException | GeneralSecurityException | OperatorCreationException e) {
            found.add(error(Code.TIMESTAMP_INVALID, where, "the time-stamp does not verify: " + e.getMessage()));
        }
    }

    private static TimeStampToken timestamp(SignerInformation signer) throws IOException {
        if (signer.getUnsignedAttributes() == null) {
            return null;
        }
        Attribute attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return null;
        }
        try {
            ASN1Primitive token = attribute.getAttrValues().getObjectAt(0).toASN1Primitive();
            return new TimeStampToken(ContentInfo.getInstance(token));
        } catch (TSPException e) {
            throw new IOException("unreadable time-stamp token", e);
        }
    }

    private static Date signingTime(PDSignature signature) {
        Calendar date = signature.getSignDate();
        return date == null ? new Date() : date.getTime();
    }

    /** The byte range must be [0, a, b, rest] with the bytes a..b exactly the {@code <hex>} value. */
    private static boolean wellFormed(int[] range, byte[] pdf) {
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] + 1
                || range[3] < 0 || (long) range[2] + range[3] > pdf.length) {
            return false;
        }
        if (pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
            return false;
        }
        for (int i = range[1] + 1; i < range[2] - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] hex(byte[] pdf, int from, int to) {
        byte[] out = new byte[(to - from) / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((Character.digit(pdf[from + 2 * i], 16) << 4) | Character.digit(pdf[from + 2 * i + 1], 16));
        }
        return out;
    }

    private static Diagnostic error(Code code, SourcePosition where, String message) {
        return new Diagnostic(code.defaultSeverity(), code, where, message);
    }
}
