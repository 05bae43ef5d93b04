package io.github.isms.catalog;

/** A clause of ISO/IEC 27001 (4 to 10 and their subclauses), by id and short title. */
public record Clause(String id, String title) {

    /** 1 for "7", 2 for "7.5", 3 for "7.5.3". */
    public int depth() {
        return id.split("\\.").length;
    }
}
