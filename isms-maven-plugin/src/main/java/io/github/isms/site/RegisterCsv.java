package io.github.isms.site;

import io.github.isms.csv.SpreadsheetCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@code register.csv}: the register's columns for spreadsheets and auditors (RFC 4180, UTF-8, CRLF). */
final class RegisterCsv {

    static final List<String> HEADER = List.of("id", "title", "type", "version", "status", "owner", "approvers",
            "classification", "effective", "next_review", "path", "state", "approved", "approved_by", "review_overdue", "approved_version", "in_force", "pending", "retention", "distribution",
            "acknowledged", "audience", "acknowledgement_overdue");

    private RegisterCsv() {
    }

    static String write(List<DocumentSummary> documents) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (DocumentSummary d : documents) {
                csv.printRecord(SpreadsheetCells.of(d.id(), d.title(), d.type(), d.version(), d.status(), d.owner(),
                        String.join("; ", d.approvers()), d.classification(), d.effective(), d.nextReview(), d.path(),
                        d.state(), d.approved(), d.approvedBy(), d.overdue() ? "yes" : "", d.approvedVersion(), d.inForce(),
                        d.pending(), d.retention(), String.join("; ", d.distribution()), d.acknowledged(), d.audience(),
                        d.acknowledgementOverdue() ? "yes" : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
