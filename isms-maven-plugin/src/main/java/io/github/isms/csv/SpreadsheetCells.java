package io.github.isms.csv;

/**
 * Cells of the CSV files auditors open in spreadsheets (register.csv, soa.csv, risks.csv). A cell
 * that starts like a formula (=, +, -, @, a tab or a carriage return) would run as one; a leading
 * apostrophe keeps it text (OWASP's advice on CSV injection).
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The values as cells for one record; null becomes an empty cell. */
    public static Object[] of(Object... values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            String v = values[i] == null ? "" : values[i].toString();
            cells[i] = !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        }
        return cells;
    }
}
