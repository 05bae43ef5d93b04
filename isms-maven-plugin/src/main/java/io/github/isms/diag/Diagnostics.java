package io.github.isms.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a run so that a writer sees all of them at once, not only the first.
 * Each code has its default severity; {@link #report} can override it where configuration asks.
 */
public final class Diagnostics {

    private final List<Diagnostic> found = new ArrayList<>();

    public void report(Code code, SourcePosition at, String message) {
        report(code.defaultSeverity(), code, at, message);
    }

    public void report(Severity severity, Code code, SourcePosition at, String message) {
        found.add(new Diagnostic(severity, code, at, message));
    }

    public void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(found::add);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Diagnostic::isError);
    }

    /** All problems so far, in reading order. */
    public List<Diagnostic> all() {
        return found.stream().sorted(Diagnostic.BY_POSITION).toList();
    }
}
