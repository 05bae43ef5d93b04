package io.github.isms.site;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a built site and its PDFs come from, as every page footer, every PDF (document information
 * and cover) and manifest.json state it: the commit built, the reference date, the plugin version,
 * and the subject of the signer's certificate.
 *
 * @param commit         the id of the commit built, or {@code ""} when there is no git repository
 * @param referenceDate  the build's reference date ({@code 2026-01-01}), or {@code ""} when none is known
 * @param pluginVersion  the version of isms-maven-plugin that built it
 * @param signer         the subject of the signing certificate, or {@code ""} when this build signs nothing
 * @param developmentKey whether the signature is made with a generated development key that nobody can trust
 */
public record Provenance(String commit, String referenceDate, String pluginVersion, String signer,
                         boolean developmentKey) {

    /** Before the PDFs are signed, or in a build without PDFs: nothing is signed. */
    public static Provenance unsigned(String commit, String referenceDate, String pluginVersion) {
        return new Provenance(commit, referenceDate, pluginVersion, "", false);
    }

    public Provenance signedBy(String subject, boolean development) {
        return new Provenance(commit, referenceDate, pluginVersion, subject, development);
    }

    /** The commit as people read it: the first 12 characters, or "no git commit". */
    public String shortCommit() {
        return commit.isEmpty() ? "no git commit" : commit.substring(0, Math.min(12, commit.length()));
    }

    /** How the signature is described: the subject, and "signed with a development key" where it is one. */
    public String signature() {
        if (signer.isEmpty()) {
            return "PDFs not signed in this build";
        }
        return developmentKey ? "signed with a development key (" + signer + "), not a trusted signature"
                : "signed by " + signer;
    }

    /** The line of {@link #line()} in the words of {@code labels}, the reference date written the language's way. */
    public String line(io.github.isms.i18n.Labels labels) {
        String built = labels.get("provenance.commit", commit.isEmpty() ? labels.get("provenance.noCommit")
                : commit.substring(0, Math.min(12, commit.length())));
        String date = referenceDate.isEmpty() ? "" : " · " + labels.get("provenance.referenceDate", labels.date(referenceDate));
        String signed = signer.isEmpty() ? labels.get("provenance.unsigned")
                : developmentKey ? labels.get("provenance.developmentKey", signer) : labels.get("provenance.signedBy", signer);
        return built + date + " · isms-maven-plugin " + pluginVersion + " · " + signed;
    }

    /** One line for a footer or a cover. */
    public String line() {
        return "Built from commit " + shortCommit() + (referenceDate.isEmpty() ? "" : " · reference date " + referenceDate)
                + " · isms-maven-plugin " + pluginVersion + " · " + signature();
    }

    /** The fields by name, in a stable order, for manifest.json and the PDF document information. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("commit", commit);
        fields.put("referenceDate", referenceDate);
        fields.put("pluginVersion", pluginVersion);
        fields.put("signer", signer);
        fields.put("developmentKey", String.valueOf(developmentKey));
        return fields;
    }
}
