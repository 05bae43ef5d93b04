package io.github.isms.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.UserGuide;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every key the readers know is documented in the user guide's configuration reference, and nothing else. */
class ConfigurationPageTest {

    @Test
    void theUserGuideDocumentsExactlyTheKeysOfIsmsYaml() {
        assertThat(firstColumn("isms.yaml")).containsExactlyElementsOf(ConfigReader.KEYS);
    }

    @Test
    void theUserGuideDocumentsExactlyTheFrontMatterKeysWithTheRequiredOnesMarked() {
        List<List<String>> rows = UserGuide.tableRows(UserGuide.section("Document front matter"));

        assertThat(rows).extracting(row -> row.get(0)).containsExactlyElementsOf(DocumentReader.KEYS);
        assertThat(rows).filteredOn(row -> row.get(1).equals("yes")).extracting(row -> row.get(0))
                .containsExactlyElementsOf(DocumentReader.REQUIRED);
    }

    private static List<String> firstColumn(String heading) {
        return UserGuide.tableRows(UserGuide.section(heading)).stream().map(row -> row.get(0)).toList();
    }
}
