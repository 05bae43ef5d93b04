package io.github.isms.init;

import io.github.isms.diag.Diagnostic;
import java.util.List;

/**
 * What isms:init did: the files it wrote (relative to the project), or, when it refused, why;
 * and what the user does next. A refused init wrote nothing.
 */
public record InitResult(List<String> written, List<Diagnostic> diagnostics, List<String> nextSteps) {

    public InitResult {
        written = List.copyOf(written);
        diagnostics = List.copyOf(diagnostics);
        nextSteps = List.copyOf(nextSteps);
    }

    public InitResult(List<String> written, List<Diagnostic> diagnostics) {
        this(written, diagnostics, List.of());
    }

    public boolean refused() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
