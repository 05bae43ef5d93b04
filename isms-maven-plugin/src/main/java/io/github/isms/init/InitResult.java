package io.github.isms.init;

import io.github.isms.diag.Diagnostic;
import java.util.List;

/**
 * What isms:init did: the files it wrote (relative to the project), or, when it refused, why.
 * A refused init wrote nothing.
 */
public record InitResult(List<String> written, List<Diagnostic> diagnostics) {

    public InitResult {
        written = List.copyOf(written);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean refused() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
