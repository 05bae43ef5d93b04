package io.github.isms.verify;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/**
 * A detached CMS signature read together with the bytes it signs: its (first) signer, the signer's
 * certificate, and every certificate it carries, for building the chain. Used for the PDFs'
 * signatures and for {@code manifest.json.p7s} alike.
 */
record SignedCms(SignerInformation signer, X509Certificate certificate, List<X509Certificate> certificates) {

    /**
     * Opens {@code der} over {@code content}. A signature without its signer's certificate, or one
     * that is not CMS at all, is a {@link CMSException}.
     */
    static SignedCms open(byte[] der, byte[] content) throws CMSException, IOException, GeneralSecurityException {
        // Read through a stream: a PDF's /Contents is padded with zeros after the DER value, which
        // BouncyCastle 1.85+ rejects when given the whole byte array.
        ContentInfo info;
        try (ASN1InputStream in = new ASN1InputStream(der)) {
            info = ContentInfo.getInstance(in.readObject());
        }
        if (info == null) {
            throw new CMSException("it is empty");
        }
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(content), info);
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        Selector<X509CertificateHolder> selector = (Selector<X509CertificateHolder>) (Selector<?>) signer.getSID();
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(selector);
        if (matches.isEmpty()) {
            throw new CMSException("the signature does not include its signer's certificate");
        }
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> all = new ArrayList<>();
        for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
            all.add(converter.getCertificate(holder));
        }
        return new SignedCms(signer, converter.getCertificate(matches.iterator().next()), all);
    }

    /**
     * Whether the signature value verifies with the signer's certificate. Content that changed
     * after signing throws {@link org.bouncycastle.cms.CMSSignerDigestMismatchException}.
     */
    boolean verifies() throws CMSException, OperatorCreationException {
        return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
    }
}
