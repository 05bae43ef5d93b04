package io.github.isms.risk;

import io.github.isms.csv.SpreadsheetCells;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The risk register and treatment plan as CSV (RFC 4180), one risk a row, highest inherent score first. */
public final class RiskCsv {

    public static final String[] HEADER = {"id", "title", "owner", "assets", "description", "likelihood", "impact",
            "inherent score", "treatment", "controls", "plan", "due", "status", "residual likelihood", "residual impact",
            "residual score", "above appetite", "accepted by", "accepted on", "reviewed"};

    private RiskCsv() {
    }

    public static void write(RiskRegister register, Writer out) throws IOException {
        RiskScale scale = register.scale();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).build();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Risk risk : register.byInherentScore()) {
                printer.printRecord(SpreadsheetCells.of(risk.id(), risk.title(), risk.owner(), String.join("; ", risk.assets()),
                        text(risk.description()),
                        risk.inherent().map(r -> scale.likelihood().get(r.likelihood() - 1)).orElse(""),
                        risk.inherent().map(r -> scale.impact().get(r.impact() - 1)).orElse(""),
                        risk.inherent().map(r -> String.valueOf(r.score())).orElse(""),
                        risk.treatment().map(Treatment::key).orElse(""), String.join(" ", risk.controlIds()),
                        text(risk.plan()), date(risk.due()), risk.status().map(PlanStatus::key).orElse(""),
                        risk.residual().map(r -> scale.likelihood().get(r.likelihood() - 1)).orElse(""),
                        risk.residual().map(r -> scale.impact().get(r.impact() - 1)).orElse(""),
                        risk.residual().map(r -> String.valueOf(r.score())).orElse(""),
                        risk.current().map(r -> scale.aboveAppetite(r) ? "yes" : "no").orElse(""),
                        risk.acceptance().map(Acceptance::by).orElse(""),
                        date(risk.acceptance().map(Acceptance::date)), date(risk.reviewed())));
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
