package io.github.isms.diag;

import io.github.isms.json.JsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes diagnostics as JSON for CI bots that annotate pull requests. */
public final class DiagnosticsJson {

    private DiagnosticsJson() {
    }

    public static void write(List<Diagnostic> diagnostics, Path file) throws IOException {
        List<Map<String, Object>> items = diagnostics.stream().map(DiagnosticsJson::item).toList();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("errors", diagnostics.stream().filter(Diagnostic::isError).count());
        root.put("warnings", diagnostics.stream().filter(d -> !d.isError()).count());
        root.put("diagnostics", items);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, JsonWriter.pretty(root));
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** One diagnostic as the JSON object both diagnostics.json and review.json hold. */
    public static Map<String, Object> item(Diagnostic d) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
        item.put("code", d.code().name());
        item.put("path", d.position().path());
        item.put("line", d.position().line());
        item.put("column", d.position().column());
        item.put("message", d.message());
        return item;
    }
}
