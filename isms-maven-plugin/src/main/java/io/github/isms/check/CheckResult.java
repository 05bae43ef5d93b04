package io.github.isms.check;

import io.github.isms.diag.Diagnostic;
import io.github.isms.model.IsmsProject;
import java.util.List;

/**
 * What a build found: the loaded project and every diagnostic, in reading order.
 *
 * @param notes what the build could not establish, said plainly (e.g. that there is no git history)
 */
public record CheckResult(IsmsProject project, List<Diagnostic> diagnostics, List<String> notes) {

    public CheckResult(IsmsProject project, List<Diagnostic> diagnostics) {
        this(project, diagnostics, List.of());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }
}
