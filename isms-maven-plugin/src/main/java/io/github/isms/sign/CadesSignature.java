package io.github.isms.sign;

import io.github.isms.digest.Sha256;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The CMS (CAdES) signature a PAdES baseline signature embeds: detached, SHA-256, with the
 * signing-certificate-v2 attribute and without the signing-time attribute (ETSI EN 319 142-1
 * forbids it for PAdES; the time is the /M entry or a time-stamp).
 */
final class CadesSignature {

    private CadesSignature() {}

    static byte[] create(byte[] signedContent, SigningKey key, TimestampClient tsa) {
        return create(signedContent, key, tsa, null);
    }

    /**
     * The same, with a signing-time attribute when {@code signingTime} is given: right for a plain
     * CMS signature of a file (a verifier checks the chain at that time), wrong inside a PDF.
     */
    static byte[] create(byte[] signedContent, SigningKey key, TimestampClient tsa, Date signingTime) {
        try {
            X509CertificateHolder signer = new JcaX509CertificateHolder(key.certificate());
            ContentSigner contentSigner = new JcaContentSignerBuilder(signatureAlgorithm(key)).build(key.privateKey());
            var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes(signer, signingTime))
                    .build(contentSigner, signer);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(signedContent), false);
            if (tsa != null) {
                signed = withTimestamp(signed, tsa);
            }
            return signed.getEncoded("DER");
        } catch (OperatorCreationException | CMSException | CertificateEncodingException | IOException e) {
            throw new SigningException(SigningException.Problem.SIGNING_FAILED,
                    "cannot create the CMS signature: " + e.getMessage(), e);
        }
    }

    private static CMSAttributeTableGenerator signedAttributes(X509CertificateHolder signer, Date signingTime) throws IOException {
        byte[] certHash = Sha256.of(signer.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(signer.getIssuer())),
                signer.getSerialNumber());
        SigningCertificateV2 signingCertificate = new SigningCertificateV2(new ESSCertIDv2(certHash, issuerSerial));
        ASN1EncodableVector extra = new ASN1EncodableVector();
        extra.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate)));
        if (signingTime != null) {
            extra.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(signingTime))));
            return new DefaultSignedAttributeTableGenerator(new AttributeTable(extra));
        }
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(extra));
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    private static CMSSignedData withTimestamp(CMSSignedData signed, TimestampClient tsa) throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        TimeStampToken token = tsa.timestamp(signer.getSignature());
        ASN1Encodable tokenAsn1 = ASN1Primitive.fromByteArray(token.getEncoded());
        AttributeTable unsigned = new AttributeTable(new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(tokenAsn1)));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, unsigned);
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    private static String signatureAlgorithm(SigningKey key) {
        String algorithm = key.privateKey().getAlgorithm();
        return switch (algorithm) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new SigningException(SigningException.Problem.SIGNING_FAILED,
                    "unsupported key algorithm " + algorithm + " (use RSA or EC)");
        };
    }
}
