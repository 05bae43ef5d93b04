package io.github.isms.wordimport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The document-control table on a Word document's first page, as policy toolkits lay it out:
 * rows of a label and its value ("Document ID | POL-001", "Approved by | CEO"), two or four
 * columns wide. A table is one when at least two of its labels are known; its values become the
 * front matter, keyed by front matter name.
 */
final class ControlFields {

    private static final Map<String, List<String>> LABELS = Map.of(
            "id", List.of("documentid", "documentno", "documentnumber", "docid", "docno", "documentreference", "reference",
                    "referenceno", "ref", "id", "documentcode"),
            "title", List.of("title", "documenttitle", "documentname", "name"),
            "type", List.of("documenttype", "type"),
            "version", List.of("version", "versionno", "versionnumber", "revision", "rev", "issue", "issueno"),
            "owner", List.of("owner", "documentowner", "policyowner", "responsible", "ownerrole"),
            "approvers", List.of("approvedby", "approver", "approvers", "approval", "approvingauthority"),
            "classification", List.of("classification", "securityclassification", "confidentiality",
                    "informationclassification", "sensitivity"),
            "effective", List.of("effectivedate", "effective", "effectivefrom", "dateofissue", "issuedate", "approvaldate",
                    "dateapproved", "publicationdate"),
            "review", List.of("review", "reviewperiod", "reviewfrequency", "reviewcycle", "reviewinterval"));

    private ControlFields() {
    }

    /** The front matter key a label names, if any. */
    static Optional<String> keyOf(String label) {
        String normal = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return LABELS.entrySet().stream().filter(e -> e.getValue().contains(normal)).map(Map.Entry::getKey).findFirst();
    }

    /** The values of a table of label/value rows (each row's cells as text), or empty when it is no control table. */
    static Optional<Map<String, String>> of(List<List<String>> rows) {
        Map<String, String> values = new LinkedHashMap<>();
        for (List<String> row : rows) {
            for (int i = 0; i + 1 < row.size(); i += 2) {
                String value = row.get(i + 1).strip();
                keyOf(row.get(i)).ifPresent(key -> {
                    if (!value.isEmpty()) {
                        values.putIfAbsent(key, value);
                    }
                });
            }
        }
        return values.size() >= 2 ? Optional.of(values) : Optional.empty();
    }
}
