package io.github.isms.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.isms.catalog.Edition;
import io.github.isms.csv.SpreadsheetCells;
import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import io.github.isms.digest.Sha256;
import io.github.isms.pdf.ControlBlock;
import io.github.isms.pdf.PdfMetadata;
import io.github.isms.pdf.PdfRenderer;
import io.github.isms.pdf.PrintDocument;
import io.github.isms.pdf.PrintLayout;
import io.github.isms.pdf.SitePdfs;
import io.github.isms.sign.DetachedSignature;
import io.github.isms.sign.PadesSigner;
import io.github.isms.sign.SignatureOptions;
import io.github.isms.sign.SigningKey;
import io.github.isms.site.DocumentSummary;
import io.github.isms.site.HistoryView;
import io.github.isms.site.Provenance;
import io.github.isms.site.SiteInputs;
import io.github.isms.site.SiteModel;
import io.github.isms.verify.Manifest;
import io.github.isms.verify.SiteVerifier;
import io.github.isms.verify.TrustPolicy;
import io.github.isms.verify.VerificationResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Builds the audit pack from a built site: the current signed PDF of every published document in force or
 * pending, the SoA (PDF and CSV), the register and risk CSVs, every version's date and approvers
 * ({@code revisions.csv}), the isms:verify report of the site, the index (HTML, and PDF signed with the site's
 * key) and a manifest of every file, signed with the same key. Everything is dated {@code time} (the reference
 * time), which every signature claims, and sorted: as the site's PDFs are signed the same way, two complete builds of
 * one commit with one (RSA) key give the same bytes.
 *
 * @param siteDir    the built site the pack is made from
 * @param inputs     the site's inputs as the site build makes them (documents, histories, provenance)
 * @param edition    the ISO/IEC 27001 edition, which names the clause of corrective action
 * @param key        the key that signs the index PDF and the manifest
 * @param tsaUrl     a time-stamp authority for the index PDF's signature, or null
 * @param time       the pack's date: the output timestamp, else the start of the reference day
 * @param commit     the commit being built, which the site must come from
 * @param shown      how a path of this machine is shown in a diagnostic (relative to the project)
 */
public record AuditPack(Path siteDir, SiteInputs inputs, Edition edition, SigningKey key, URI tsaUrl, Instant time,
                        Optional<String> commit, java.util.function.Function<Path, String> shown) {

    public static final String MANIFEST = Manifest.FILE_NAME;
    public static final String MANIFEST_SIGNATURE = Manifest.SIGNATURE_FILE_NAME;
    static final String INDEX_HTML = "index.html";
    static final String INDEX_PDF = "index.pdf";

    /** Where a document's current PDF lies, in the site and in the pack alike. */
    static String pdfOf(String id) {
        return SitePdfs.pathOf(id);
    }

    /** Writes the pack to {@code packFile} (replacing it in one step), or reports why not and writes nothing. */
    public void write(Path packFile, Diagnostics diagnostics) {
        Optional<SortedMap<String, byte[]>> files = files(diagnostics);
        if (files.isEmpty()) {
            return;
        }
        try {
            Path parent = packFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path partial = Files.createTempFile(parent, "." + packFile.getFileName(), ".partial");
            try {
                Files.write(partial, PackZip.of(files.get(), time));
                Files.move(partial, packFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            diagnostics.report(Code.OUTPUT_UNWRITABLE, SourcePosition.file(shown.apply(packFile)),
                    "can not write the audit pack: " + e.getMessage());
        }
    }

    /** Every file of the pack by its path in the zip; empty when the site can not be packed (reported). */
    Optional<SortedMap<String, byte[]>> files(Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.file(shown.apply(siteDir));
        if (!Files.isRegularFile(siteDir.resolve(MANIFEST))) {
            diagnostics.report(Code.PACK_SITE_MISSING, at, "there is no built site to pack (no " + MANIFEST
                    + "); build it first in the same run: mvn isms:site isms:audit-pack");
            return Optional.empty();
        }
        try {
            String built = siteCommit();
            if (commit.isPresent() && !commit.get().equals(built)) {
                diagnostics.report(Code.PACK_SITE_STALE, SourcePosition.file(shown.apply(siteDir.resolve(MANIFEST))),
                        "the built site comes from commit " + (built.isEmpty() ? "(none)" : built) + ", not from "
                                + commit.get() + " being built; rebuild it first: mvn isms:site isms:audit-pack");
                return Optional.empty();
            }
            // The pack states what the site's own files say; who signed them is for the auditor's trust store.
            VerificationResult verification = SiteVerifier.verify(siteDir,
                    TrustPolicy.none().allowingDevelopmentKey().checkingIntegrityOnly(), true);
            if (verification.hasErrors()) {
                verification.findings().stream().filter(Diagnostic::isError).forEach(d -> diagnostics.report(d.severity(), d.code(),
                        SourcePosition.file(shown.apply(siteDir.resolve(d.position().path()))), "the built site does not verify: "
                                + d.message()));
                return Optional.empty();
            }
            return Optional.of(assemble(verification));
        } catch (IOException e) {
            diagnostics.report(Code.FILE_UNREADABLE, at, "can not read the built site: " + e.getMessage());
            return Optional.empty();
        }
    }

    private SortedMap<String, byte[]> assemble(VerificationResult verification) throws IOException {
        SiteModel model = SiteModel.of(inputs);
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (DocumentSummary d : model.documents()) {
            if (!"retired".equals(d.status())) {
                copy(pdfOf(d.id()), files);
            }
        }
        for (String path : List.of(PackIndex.SOA_PDF, PackIndex.SOA_CSV, PackIndex.REGISTER, PackIndex.RISKS)) {
            copy(path, files);
        }
        files.put(PackIndex.REVISIONS, revisions(model).getBytes(StandardCharsets.UTF_8));
        files.put(PackIndex.REPORT, report(verification).getBytes(StandardCharsets.UTF_8));
        Provenance provenance = inputs.provenance().signedBy(key.certificate().getSubjectX500Principal().getName(),
                key.isDevelopmentKey());
        java.util.Set<String> listed = new java.util.TreeSet<>(files.keySet());
        listed.add(MANIFEST);
        listed.add(MANIFEST_SIGNATURE);
        String table = PackIndex.table(PackIndex.requirements(model, edition, listed));
        String signer = PackIndex.signer(key);
        files.put(INDEX_HTML, PackIndex.page(model.organization(), provenance.line(), signer, table).getBytes(StandardCharsets.UTF_8));
        files.put(INDEX_PDF, indexPdf(model, provenance, signer, table));
        SortedMap<String, String> hashes = new TreeMap<>();
        files.forEach((path, bytes) -> hashes.put(path, Sha256.hex(bytes)));
        byte[] manifest = new Manifest(hashes, provenance.fields()).json();
        files.put(MANIFEST, manifest);
        files.put(MANIFEST_SIGNATURE, DetachedSignature.of(manifest, key, signingTime()));
        return files;
    }

    private void copy(String path, Map<String, byte[]> files) throws IOException {
        Path file = siteDir.resolve(path);
        if (Files.isRegularFile(file)) {
            files.put(path, Files.readAllBytes(file));
        }
    }

    /** The commit manifest.json says the site was built from, or "". */
    private String siteCommit() throws IOException {
        return new ObjectMapper().readTree(siteDir.resolve(MANIFEST).toFile()).path("provenance").path("commit").asText("");
    }

    private byte[] indexPdf(SiteModel model, Provenance provenance, String signer, String table) {
        String version = provenance.shortCommit();
        ControlBlock control = new ControlBlock(model.organization(), "AUDIT-PACK", "Audit pack index", version, "generated",
                "", List.of(), "", "", "", model.publishLimit(), List.of());
        PdfMetadata metadata = new PdfMetadata("AUDIT-PACK@" + version, "Audit pack index", "en", model.organization(),
                "Audit pack index, " + model.organization(), List.of("ISMS", "audit pack"), time.atOffset(ZoneOffset.UTC));
        String body = PackIndex.signerParagraph(signer) + "<h2 id=\"requirements\">What an auditor samples</h2>\n" + table;
        PrintDocument print = PrintDocument.of(PrintLayout.xhtml(control, "en", body, false), metadata).withProvenance(provenance);
        SignatureOptions options = SignatureOptions.reason("Audit pack index of " + model.organization())
                .withLocation(model.organization()).withSigningTime(signingTime());
        return new PadesSigner().sign(new PdfRenderer().render(print),
                key, tsaUrl == null ? options : options.withTimestampAuthority(tsaUrl));
    }

    /** The pack's date, moved into the validity of the key's certificates: a signature can not predate its certificate. */
    Instant signingTime() {
        return key.signingTime(time);
    }

    /** Every version of every published document, newest first per document, with its approvals. */
    private static String revisions(SiteModel model) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("id", "title", "version", "date", "authors", "approvers", "summary", "record").get())) {
            for (DocumentSummary d : model.documents()) {
                for (HistoryView.RevisionRow r : model.inputs().history(d.id()).revisions()) {
                    csv.printRecord(SpreadsheetCells.of(d.id(), d.title(), r.version(), r.date(), String.join("; ", r.authors()),
                            String.join("; ", r.approvers()), r.summary(), r.record()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What isms:verify found in the site, in the words of its log. */
    private String report(VerificationResult verification) {
        StringBuilder text = new StringBuilder();
        text.append("isms:verify of the built site this pack was made from\n");
        Provenance built = inputs.provenance();
        text.append("Commit ").append(built.shortCommit()).append(built.referenceDate().isEmpty() ? "" : ", reference date "
                + built.referenceDate()).append('\n');
        text.append(verification.pdfsChecked()).append(" PDF signature(s) and ").append(verification.filesChecked())
                .append(" file(s) against the site's signed manifest.json: ")
                .append(verification.hasErrors() ? "FAILED" : "no file changed since it was signed").append('\n');
        text.append("Checked for integrity only: whom to trust as a signer is the reader's trust store"
                + " (isms:verify -Disms.pack=<zip> -Disms.trustStore=...).\n");
        if (verification.findings().isEmpty()) {
            text.append("No findings.\n");
        }
        verification.findings().forEach(d -> text.append(d.format()).append('\n'));
        return text.toString();
    }
}
