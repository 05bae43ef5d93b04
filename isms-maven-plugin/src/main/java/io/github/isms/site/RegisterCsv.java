package io.github.isms.site;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@code register.csv}: the register's columns for spreadsheets and auditors (RFC 4180, UTF-8, CRLF). */
final class RegisterCsv {

    static final List<String> HEADER = List.of("id", "title", "type", "version", "status", "owner", "approvers",
            "classification", "effective", "next_review", "path");

    private RegisterCsv() {
    }

    static String write(List<DocumentSummary> documents) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (DocumentSummary d : documents) {
                csv.printRecord(cells(d.id(), d.title(), d.type(), d.version(), d.status(), d.owner(),
                        String.join("; ", d.approvers()), d.classification(), d.effective(), d.nextReview(), d.path()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /*
     * A cell that starts like a formula (=, +, -, @) would run as one when the file is opened in a
     * spreadsheet; a leading apostrophe keeps it text (OWASP's advice on CSV injection).
     */
    private static Object[] cells(String... values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            cells[i] = !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        }
        return cells;
    }
}
