package io.github.isms.diag;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.UserGuide;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The user guide's table of diagnostic codes is the users' reference; it must say what Code says, row for row. */
class DiagnosticsPageTest {

    @Test
    void theUserGuideListsEveryCodeWithItsSeverityAndMeaningInDeclarationOrder() {
        List<List<String>> expected = Arrays.stream(Code.values())
                .map(c -> List.of(c.name(), c.defaultSeverity().name().toLowerCase(Locale.ROOT), c.summary()))
                .toList();

        assertThat(UserGuide.tableRows(UserGuide.section("Diagnostics")))
                .as("the Diagnostics table of src/site/markdown/diagnostics.md; the rows it should hold:%n%s", markdown())
                .isEqualTo(expected);
    }

    private static String markdown() {
        return Arrays.stream(Code.values())
                .map(c -> "| `" + c.name() + "` | " + c.defaultSeverity().name().toLowerCase(Locale.ROOT) + " | " + c.summary() + " |")
                .collect(Collectors.joining("\n"));
    }
}
