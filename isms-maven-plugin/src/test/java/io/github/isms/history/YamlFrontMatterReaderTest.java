package io.github.isms.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlFrontMatterReaderTest {

    @Test
    void theDefaultReaderKeepsVersionsAsWritten() {
        ControlKeys fm = new YamlFrontMatterReader().read(
                "\uFEFF---\r\nid: POL-001\r\ntitle: Policy\r\nversion: 1.10\r\nstatus: retired\r\napprovers: CEO\r\n---\r\nBody\r\n"
                        .getBytes(StandardCharsets.UTF_8)).orElseThrow();

        assertThat(fm.withSubstance(null)).isEqualTo(new ControlKeys("POL-001", "1.10", "Policy", "retired", List.of("CEO")));
    }

    @Test
    void theDefaultReaderFindsNoDocumentWithoutFrontMatterOrWithBrokenYaml() {
        YamlFrontMatterReader reader = new YamlFrontMatterReader();

        assertThat(reader.read("# Title\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(reader.read("---\nid: [unclosed\n---\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(reader.read("---\nid: X\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "id: POL-001\nversion: 1.10\ntitle: Access control\napprovers: [CEO, CISO]\n",
        "id: POL-001\nversion: '1.10'\ntitle: \"Quoted: title\"\n",
        "id: POL-001\nversion: 1.2 # a comment\n",
        "id: POL-001\napprovers:\n  - CEO\n  - CISO\n",
        "id: POL-001\napprovers: CEO\nstatus: retired\n",
        "id: POL-001\napprovers: []\ntags: [a, b]\nreview: 12 months\n",
        "id: POL-001\nid: POL-002\n",
        "id: [POL-001]\n",
        "version: 1.0\n",
        "id: -x\n",
        "id: POL-001\ntitle: Policy (draft)\nversion: 2.0\n\nowner: CISO\n",
        "id: POL-001\r\nversion: 1.0\t\r\napprovers: [CEO, CISO] \r\n",
        "id: POL-001\ntitle: Two  spaces\n",
        "id: POL-001\ntitle: a\tb\n",
        "id: POL-001\ntitle: (draft) Policy\n",
        "id: POL-001\napprovers: [CEO]]\n",
        "id:POL-001\n",
        "id: POL-001\nversion:\t1.3\n"})
    void theDirectReadingOfSimpleFrontMatterAgreesWithSnakeYaml(String yaml) {
        byte[] file = ("---\n" + yaml + "---\nBody\n").getBytes(StandardCharsets.UTF_8);

        assertThat(new YamlFrontMatterReader().read(file).map(k -> k.withSubstance(null))).isEqualTo(YamlFrontMatterReader.readYaml(yaml));
    }

    @Test
    void aLineOfFourDashesDoesNotCloseTheFrontMatter() {
        byte[] file = "---\nid: A\n----\nversion: 1.1\n---\n".getBytes(StandardCharsets.UTF_8);

        assertThat(new YamlFrontMatterReader().read(file).map(k -> k.withSubstance(null)))
                .isEqualTo(YamlFrontMatterReader.readYaml("id: A\n----\nversion: 1.1\n"));
    }
}
