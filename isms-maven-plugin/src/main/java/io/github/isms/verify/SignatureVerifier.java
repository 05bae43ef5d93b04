package io.github.isms.verify;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.SourcePosition;
import io.github.isms.sign.SigningKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;

/**
 * Verifies the signatures of one PDF: the last signature covers the whole file except its own
 * value, each digest matches, each signer chains to a trust anchor (or is a development key,
 * reported as a warning), and a time-stamp, when present, belongs to its signature.
 */
public final class SignatureVerifier {

    private final TrustAnchors anchors;

    public SignatureVerifier(TrustAnchors anchors) {
        this.anchors = anchors;
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
            // Read through a stream: /Contents is padded with zeros after the DER value, which
            // BouncyCastle 1.85+ rejects when given the whole byte array.
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                info = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed.toByteArray()), info);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Selector<X509CertificateHolder> selector = (Selector<X509CertificateHolder>) (Selector<?>) signer.getSID();
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(selector);
            if (matches.isEmpty()) {
                found.add(error(Code.SIGNATURE_INVALID, where, "the signature does not include its signer's certificate"));
                return;
            }
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate certificate = converter.getCertificate(matches.iterator().next());
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                found.add(error(Code.SIGNATURE_INVALID, where, "the signature value does not verify"));
                return;
            }
            Date when = signingTime(signature);
            TimeStampToken token = timestamp(signer);
            if (token != null) {
                checkTimestamp(where, signer, token, found);
                when = token.getTimeStampInfo().getGenTime();
            }
            List<X509Certificate> others = new ArrayList<>();
            for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
                others.add(converter.getCertificate(holder));
            }
            checkTrust(where, certificate, others, when, found);
        } catch (CMSSignerDigestMismatchException e) {
            found.add(error(Code.SIGNATURE_DIGEST, where,
                    "the file was changed after signing: the signed digest does not match its content"));
        } catch (CMSException | IOException | GeneralSecurityException | OperatorCreationException
                | IllegalArgumentException | ClassCastException e) {
            found.add(error(Code.SIGNATURE_INVALID, where, "the signature value is malformed: " + e.getMessage()));
        }
    }

    private void checkTrust(SourcePosition where, X509Certificate signer, List<X509Certificate> others, Date when,
            List<Diagnostic> found) throws GeneralSecurityException {
        String subject = signer.getSubjectX500Principal().getName();
        if (!anchors.certificates().isEmpty()) {
            try {
                X509CertSelector target = new X509CertSelector();
                target.setCertificate(signer);
                PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors.asPkix(), target);
                parameters.setRevocationEnabled(false);
                parameters.setDate(when);
                parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(others)));
                CertPathBuilder.getInstance("PKIX").build(parameters);
                return;
            } catch (CertPathBuilderException e) {
                // falls through to the untrusted findings below
            }
        }
        if (subject.contains("OU=" + SigningKey.DEVELOPMENT_UNIT)) {
            found.add(new Diagnostic(Code.SIGNATURE_DEVELOPMENT_KEY.defaultSeverity(), Code.SIGNATURE_DEVELOPMENT_KEY,
                    where, "signed with an untrusted development key (" + subject + "); configure a keystore for real signatures"));
        } else {
            found.add(error(Code.SIGNATURE_UNTRUSTED, where,
                    "the signer " + subject + " does not chain to a configured trust anchor"));
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
