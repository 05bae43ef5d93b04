package io.github.isms.catalog;

import io.github.isms.evidence.EvidenceItem;
import io.github.isms.evidence.EvidenceRegister;
import java.util.List;
import io.github.isms.csv.SpreadsheetCells;
import io.github.isms.model.Document;
import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The Statement of Applicability as CSV (RFC 4180), for auditors' spreadsheets. */
public final class SoaCsv {

    public static final String[] HEADER = {"catalog", "group", "control", "title", "applicable", "justification",
            "status", "implemented by", "gap", "notes", "evidence", "evidence_freshness"};

    private SoaCsv() {
    }

    public static void write(StatementOfApplicability soa, Writer out) throws IOException {
        write(soa, EvidenceRegister.NONE, out);
    }

    /**
     * With each control's evidence: the ids of its items, and "stale" when one of them is (never collected, or
     * older than its frequency), else "fresh"; empty cells for a control without evidence.
     */
    public static void write(StatementOfApplicability soa, EvidenceRegister evidence, Writer out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).build();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (SoaRow row : soa.rows()) {
                printer.printRecord(SpreadsheetCells.of(row.control().catalogId(), row.control().groupId(), row.control().id(),
                        row.control().title(), row.applicable() ? "yes" : "no", nullToEmpty(row.justification()),
                        row.statusLabel(), row.implementedBy().stream().map(Document::id).collect(Collectors.joining(" ")),
                        row.gap() ? "yes" : "no", nullToEmpty(row.notes()), ids(evidence.of(row.control().id())),
                        freshness(evidence.of(row.control().id()))));
            }
        }
    }

    private static String ids(List<EvidenceItem> items) {
        return items.stream().map(EvidenceItem::id).collect(Collectors.joining(" "));
    }

    private static String freshness(List<EvidenceItem> items) {
        return items.isEmpty() ? "" : items.stream().anyMatch(EvidenceItem::stale) ? "stale" : "fresh";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
