package io.github.isms.acknowledgement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The acknowledgement coverage of every document that names audiences, and the form that records
 * an acknowledgement.
 *
 * @param byDocument coverage per document id, sorted by id
 * @param form       the form's URL template, or {@code ""} when none is configured
 */
public record AcknowledgementRegister(Map<String, AcknowledgementCoverage> byDocument, String form) {

    public static final AcknowledgementRegister NONE = new AcknowledgementRegister(Map.of(), "");

    public AcknowledgementRegister {
        byDocument = java.util.Collections.unmodifiableMap(new TreeMap<>(byDocument));
        form = form == null ? "" : form;
    }

    public Optional<AcknowledgementCoverage> of(String documentId) {
        return Optional.ofNullable(byDocument.get(documentId));
    }

    /**
     * The form's address for one version of a document: {@code {id}}, {@code {version}} and {@code {title}}
     * replaced by their URL-encoded values (a space as {@code %20}, right in a path and in a query); {@code ""}
     * without a form.
     */
    public String formUrl(String id, String version, String title) {
        if (form.isEmpty()) {
            return "";
        }
        return form.replace("{id}", encoded(id)).replace("{version}", encoded(version)).replace("{title}", encoded(title));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
