package io.github.isms.pdf;

import io.github.isms.digest.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Writes the document information dictionary, the XMP packet (PDF/A-3u and PDF/UA-1
 * identification) and the file identifier from {@link PdfMetadata} alone. The renderer's own
 * values are replaced because they carry the wall clock, which would make two builds of one
 * commit differ.
 */
final class ArchivalMetadata {

    static final String PRODUCER = "isms-maven-plugin (openhtmltopdf, Apache PDFBox)";
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private ArchivalMetadata() {}

    static void apply(PDDocument document, PdfMetadata metadata, byte[] contentDigest) throws IOException {
        GregorianCalendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(metadata.created().toInstant().toEpochMilli());

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(metadata.title());
        if (!metadata.author().isEmpty()) {
            info.setAuthor(metadata.author());
        }
        if (!metadata.subject().isEmpty()) {
            info.setSubject(metadata.subject());
        }
        if (!metadata.keywords().isEmpty()) {
            info.setKeywords(String.join(", ", metadata.keywords()));
        }
        info.setCreator("isms-maven-plugin");
        info.setProducer(PRODUCER);
        metadata.provenance().forEach((key, value) ->
                info.setCustomMetadataValue("ISMS" + Character.toUpperCase(key.charAt(0)) + key.substring(1), value));
        info.setCreationDate(created);
        info.setModificationDate(created);
        document.setDocumentInformation(info);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(metadata.language());
        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(xmpPacket(metadata).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(xmp);

        // The file identifier names this document version; PDFBox keeps an /ID that has two parts.
        byte[] id = fileIdentifier(metadata, contentDigest);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] fileIdentifier(PdfMetadata metadata, byte[] contentDigest) {
        MessageDigest sha256 = Sha256.newDigest();
        sha256.update(metadata.documentId().getBytes(StandardCharsets.UTF_8));
        sha256.update(contentDigest);
        return Arrays.copyOf(sha256.digest(), 16);
    }

    private static String xmpPacket(PdfMetadata m) {
        String date = XMP_DATE.format(m.created().withOffsetSameInstant(ZoneOffset.UTC));
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
                .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(m.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("<dc:language><rdf:Bag><rdf:li>").append(escape(m.language()))
                .append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("<dc:identifier>").append(escape(m.documentId())).append("</dc:identifier>\n");
        if (!m.author().isEmpty()) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(m.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (!m.subject().isEmpty()) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(m.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (!m.keywords().isEmpty()) {
            x.append("<pdf:Keywords>").append(escape(String.join(", ", m.keywords()))).append("</pdf:Keywords>\n");
        }
        x.append("<pdf:Producer>").append(escape(PRODUCER)).append("</pdf:Producer>\n")
                .append("<xmp:CreatorTool>isms-maven-plugin</xmp:CreatorTool>\n")
                .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("<pdfaid:part>3</pdfaid:part>\n<pdfaid:conformance>U</pdfaid:conformance>\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n")
                // PDF/A accepts properties outside its predefined schemas only when described here.
                .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .append("<pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>\n")
                .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                .append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return x.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
