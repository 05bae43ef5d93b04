package io.github.isms.diag;

import java.util.Comparator;

/** One problem found in the ISMS sources: where, which stable code, and what a writer should know. */
public record Diagnostic(Severity severity, Code code, SourcePosition position, String message) {

    /** Reading order: by file, then line, then column, then code. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.position().path())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(d -> d.code().name());

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column: CODE message}, the line a build log shows. */
    public String format() {
        return position + ": " + code.name() + " " + message;
    }
}
