package io.github.isms.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    record Entry(String id, int count, boolean published, List<String> tags) {
    }

    @Test
    void recordsBecomeObjectsWithTheirComponentsInDeclarationOrder() {
        assertThat(JsonWriter.compact(List.of(new Entry("POL-1", 3, true, List.of("a", "b")))))
                .isEqualTo("[{\"id\":\"POL-1\",\"count\":3,\"published\":true,\"tags\":[\"a\",\"b\"]}]");
    }

    @Test
    void mapsKeepTheirOrderAndPrettyOutputIndentsByTwoSpacesWithOneMemberALine() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("files", Map.of("a.html", "00ff"));
        root.put("none", Map.of());
        root.put("list", List.of());
        root.put("missing", null);
        assertThat(JsonWriter.pretty(root)).isEqualTo("""
                {
                  "files": {
                    "a.html": "00ff"
                  },
                  "none": {},
                  "list": [],
                  "missing": null
                }
                """);
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscapedAndEverythingElseIsKept() throws Exception {
        String nasty = "say \"hi\" \\ to\n\t\u0001 Grüße ✓ </script> \u2028";
        String json = JsonWriter.compact(List.of(nasty));

        assertThat(json).isEqualTo("[\"say \\\"hi\\\" \\\\ to\\n\\t\\u0001 Grüße ✓ </script> \u2028\"]");
        assertThat(new ObjectMapper().readValue(json, String[].class)).containsExactly(nasty);
    }

    @Test
    void everyControlCharacterReadsBackAsItself() throws Exception {
        char[] controls = new char[32];
        Arrays.setAll(new int[32], i -> controls[i] = (char) i);
        String text = new String(controls);
        assertThat(new ObjectMapper().readValue(JsonWriter.compact(List.of(text)), String[].class)).containsExactly(text);
    }

    @Test
    void aValueThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> JsonWriter.compact(List.of(new Object()))).isInstanceOf(IllegalArgumentException.class);
    }
}
