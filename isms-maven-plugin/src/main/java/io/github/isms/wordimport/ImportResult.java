package io.github.isms.wordimport;

import io.github.isms.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** What isms:import did: each Word file's outcome, and every problem, in the order of the files. */
public record ImportResult(List<ImportedFile> files, List<Diagnostic> diagnostics) {

    public ImportResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** The summary table: one row per Word file, {@code file -> id (written file), warnings}. */
    public List<String> summary() {
        int width = files.stream().mapToInt(f -> f.source().length()).max().orElse(4);
        List<String> rows = new ArrayList<>();
        rows.add(pad("file", width) + "  " + pad("id", 16) + "  warnings  written");
        for (ImportedFile file : files) {
            rows.add(pad(file.source(), width) + "  " + pad(file.id() == null ? "-" : file.id(), 16) + "  "
                    + pad(String.valueOf(file.warnings()), 8) + "  " + (file.imported() ? file.written() : "not imported"));
        }
        return rows;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
