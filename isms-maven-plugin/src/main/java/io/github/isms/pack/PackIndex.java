package io.github.isms.pack;

import io.github.isms.catalog.Edition;
import io.github.isms.model.Document;
import io.github.isms.digest.Sha256;
import io.github.isms.readiness.Readiness;
import io.github.isms.sign.SigningKey;
import io.github.isms.site.DocumentSummary;
import io.github.isms.site.SiteModel;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pack's index: each requirement an auditor samples, and the files of the pack that show it. A
 * document shows a clause when its {@code clauses:} name the clause, a part of it, or a clause above it.
 */
public final class PackIndex {

    static final String REGISTER = "register.csv";
    static final String REVISIONS = "revisions.csv";
    static final String RISKS = "risks.csv";
    static final String SOA_PDF = "soa.pdf";
    static final String SOA_CSV = "soa.csv";
    static final String REPORT = "verification.txt";

    private static final PebbleEngine ENGINE = engine();

    private PackIndex() {
    }

    /** The index lines for the published documents of {@code model}, linking only files that {@code files} holds. */
    static List<Requirement> requirements(SiteModel model, Edition edition, Set<String> files) {
        List<Requirement> lines = new ArrayList<>();
        lines.add(clause(model, files, "4.3", "Scope of the ISMS"));
        lines.add(clause(model, files, "5.2", "Information security policy"));
        lines.add(clause(model, files, "6.1.2", "Information security risk assessment", RISKS));
        lines.add(clause(model, files, "6.1.3", "Risk treatment and the Statement of Applicability", SOA_PDF, SOA_CSV, RISKS));
        lines.add(clause(model, files, "6.2", "Information security objectives"));
        lines.add(clause(model, files, "7.2", "Competence: training, skills and experience"));
        List<PackFile> register = new ArrayList<>();
        existing(files, REGISTER, REVISIONS).forEach(register::add);
        lines.add(new Requirement("7.5", "Documented information: the register, every version with its approvals", register,
                "each document's PDF carries its revision history and approvals on its cover"));
        lines.add(clause(model, files, "9.1", "Monitoring, measurement, analysis and evaluation"));
        lines.add(clause(model, files, "9.2", "Internal audit"));
        lines.add(clause(model, files, "9.3", "Management review"));
        lines.add(clause(model, files, edition == Edition.ISO27001_2013 ? "10.1" : "10.2", "Nonconformity and corrective action"));
        String acknowledged = Readiness.acknowledgementSummary(model.inputs().acknowledgements());
        lines.add(new Requirement("", "Staff acknowledgement of policies",
                acknowledged.equals(Readiness.NOT_RECORDED) ? List.of() : existing(files, REGISTER), acknowledged));
        String evidence = Readiness.evidenceSummary(model.inputs().evidence());
        lines.add(new Requirement("", "Evidence register: evidence that controls operate",
                evidence.equals(Readiness.NOT_RECORDED) ? List.of() : existing(files, SOA_CSV), evidence));
        lines.add(new Requirement("", "Integrity of this pack", existing(files, AuditPack.MANIFEST, AuditPack.MANIFEST_SIGNATURE, REPORT),
                "isms:verify -Disms.pack=<this zip> checks every file against the signed manifest"));
        return lines;
    }

    private static Requirement clause(SiteModel model, Set<String> files, String clause, String title, String... more) {
        List<PackFile> shown = new ArrayList<>();
        List<String> unprinted = new ArrayList<>();
        for (Document d : model.inputs().project().documents()) {
            if (d.retired() || !model.published(d.id()) || d.clauseIds().stream().noneMatch(n -> Readiness.related(n, clause))) {
                continue;
            }
            DocumentSummary summary = model.document(d.id()).orElseThrow();
            String pdf = AuditPack.pdfOf(d.id());
            if (files.contains(pdf)) {
                shown.add(new PackFile(pdf, d.id() + " " + d.title() + ", version " + summary.version()
                        + (summary.state().isEmpty() ? "" : " (" + summary.state() + ")")));
            } else {
                unprinted.add(d.id());
            }
        }
        shown.addAll(existing(files, more));
        String note = shown.isEmpty() && unprinted.isEmpty() ? "no published document addresses " + clause : "";
        if (!unprinted.isEmpty()) {
            note = "no PDF in the built site for " + String.join(", ", unprinted) + " (built with -Disms.pdf=false?)";
        }
        return new Requirement(clause, title, shown, note);
    }

    private static List<PackFile> existing(Set<String> files, String... paths) {
        List<PackFile> found = new ArrayList<>();
        for (String path : paths) {
            if (files.contains(path)) {
                found.add(new PackFile(path, label(path)));
            }
        }
        return found;
    }

    private static String label(String path) {
        return switch (path) {
            case REGISTER -> "Document register (CSV)";
            case REVISIONS -> "Every version of every published document: date, authors, approvers, record (CSV)";
            case RISKS -> "Risk register and treatment plan (CSV)";
            case SOA_PDF -> "Statement of Applicability (signed PDF)";
            case SOA_CSV -> "Statement of Applicability (CSV)";
            case REPORT -> "isms:verify report of the site this pack was built from";
            case AuditPack.MANIFEST -> "SHA-256 of every file in this pack";
            case AuditPack.MANIFEST_SIGNATURE -> "Signature of manifest.json (CMS, detached)";
            default -> path;
        };
    }

    /** The index table as an HTML fragment, for the page and the PDF alike. */
    static String table(List<Requirement> requirements) {
        return render("table", Map.of("requirements", requirements));
    }

    /**
     * Which key signed the pack, named by more than the subject anyone can write into a certificate: its issuer, serial
     * number and SHA-256 fingerprint (as {@code openssl x509 -fingerprint -sha256} prints it). A development key is
     * new in every build, so the statement says that such a pack proves nothing and is never made twice alike.
     */
    static String signer(SigningKey key) {
        X509Certificate certificate = key.certificate();
        String fingerprint;
        try {
            fingerprint = HexFormat.ofDelimiter(":").withUpperCase().formatHex(Sha256.of(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the signing certificate can not be encoded", e);
        }
        String who = "Signed with the key of the certificate " + certificate.getSubjectX500Principal().getName() + ", issued by "
                + certificate.getIssuerX500Principal().getName() + ", serial number " + certificate.getSerialNumber().toString(16)
                + ", SHA-256 fingerprint " + fingerprint + ".";
        return key.isDevelopmentKey() ? who + " This is a development key, generated for the build that made this pack:"
                + " it proves nothing about who made the pack, and every build signs with a new one, so this pack can not be"
                + " made again byte for byte. A pack is reproducible only when signed with the organisation's keystore." : who;
    }

    /** The signer statement as an HTML paragraph, for the page and the PDF alike. */
    static String signerParagraph(String signer) {
        return render("signer", Map.of("signer", signer));
    }

    /** index.html: a page of its own, readable from the unpacked zip without anything else. */
    static String page(String organization, String provenance, String signer, String table) {
        return render("index", Map.of("organization", organization, "provenance", provenance, "signer", signerParagraph(signer),
                "table", table));
    }

    private static String render(String template, Map<String, Object> values) {
        StringWriter out = new StringWriter();
        try {
            ENGINE.getTemplate(template).evaluate(out, new HashMap<>(values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(PackIndex.class.getClassLoader());
        loader.setPrefix("io/github/isms/pack/");
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true).newLineTrimming(false).build();
    }
}
