package io.github.isms.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransitionTest {

    @TempDir
    Path dir;

    private Transition transition() {
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2013")
                .document("POL-002", "controls: [A.9.1.1, A.9.1.2]")
                .document("STD-001", "controls: [A.14.2.1, A.8.28]")
                .file("soa.yaml", """
                        controls:
                          A.11.1.1: {applicable: false, justification: No premises}
                          A.9.1.1: {status: implemented}
                        """);
        assertThat(isms.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        return isms.model().transition().orElseThrow();
    }

    @Test
    void everyNew2022ControlThatNoDocumentNamesIsOnTheWorkList() {
        assertThat(transition().newControls()).hasSize(11);
        // STD-001 already names the 2022 control A.8.28 (secure coding): it is off the list.
        assertThat(transition().uncoveredNew()).extracting(r -> r.control().id()).containsExactly(
                "A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10", "A.8.11", "A.8.12", "A.8.16", "A.8.23");
    }

    @Test
    void documentsAndSoaDecisionsAreCarriedToThe2022Controls() {
        TransitionRow a515 = transition().rows().stream().filter(r -> r.control().id().equals("A.5.15")).findFirst().orElseThrow();
        assertThat(a515.from()).extracting(Control::id).containsExactly("A.9.1.1", "A.9.1.2");
        assertThat(a515.documents()).extracting(d -> d.id()).containsExactly("POL-002");
        assertThat(a515.decisions()).extracting(SoaRow::statusLabel).containsExactly("implemented", "not stated");
        TransitionRow a71 = transition().rows().stream().filter(r -> r.control().id().equals("A.7.1")).findFirst().orElseThrow();
        assertThat(a71.allExcluded()).isTrue();
        assertThat(a71.covered()).isFalse();
    }

    @Test
    void anIsmsOnThe2022EditionHasNoTransition(@TempDir Path other) {
        assertThat(SmallIsms.in(other, "iso27001:2022").model().transition()).isEmpty();
    }
}
