package io.github.isms.verify;

import io.github.isms.diag.Diagnostic;
import java.util.List;

/** What isms:verify found: how much it checked and every problem, in reading order. */
public record VerificationResult(int pdfsChecked, int filesChecked, List<Diagnostic> findings) {

    public VerificationResult {
        findings = findings.stream().sorted(Diagnostic.BY_POSITION).toList();
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Diagnostic::isError);
    }
}
