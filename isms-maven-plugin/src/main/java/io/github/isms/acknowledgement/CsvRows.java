package io.github.isms.acknowledgement;

import io.github.isms.diag.SourcePosition;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as exports write it (RFC 4180, a header row, any column order, extra columns), with the
 * place of every cell for diagnostics.
 */
final class CsvRows {

    /** One data row: its cells by header position, and where it starts. */
    record Row(List<String> cells, int line, List<Integer> columns, String path) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index).strip() : "";
        }

        SourcePosition at(int index) {
            return new SourcePosition(path, line, index < columns.size() ? columns.get(index) : 1);
        }

        SourcePosition start() {
            return new SourcePosition(path, line, 1);
        }
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvRows(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} with the reason when it is no CSV. */
    static CsvRows parse(String text, String path) {
        List<Integer> lineStarts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue; // an empty line
                }
                if (header == null) {
                    header = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
                    continue;
                }
                int start = (int) record.getCharacterPosition();
                int line = lineOf(lineStarts, start);
                List<Integer> columns = new ArrayList<>();
                int column = start - lineStarts.get(line - 1) + 1;
                for (String cell : cells) {
                    columns.add(column);
                    column += cell.length() + 1; // exact for unquoted cells, close for quoted ones
                }
                rows.add(new Row(cells, line, columns, path));
            }
            return new CsvRows(header == null ? List.of() : header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
        }
    }

    private static int lineOf(List<Integer> lineStarts, int offset) {
        int index = java.util.Collections.binarySearch(lineStarts, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** The header's names in lower case, without surrounding spaces. */
    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }
}
