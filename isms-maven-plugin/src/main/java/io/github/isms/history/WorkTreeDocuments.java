package io.github.isms.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;

/** The Markdown documents in the documents folder as they are on disk. */
final class WorkTreeDocuments {

    private WorkTreeDocuments() {
    }

    /** @param prefix the documents folder relative to the work tree root, {@code ""} or ending in {@code /} */
    static List<WorkTreeDocument> scan(Path documentsDir, String prefix, FrontMatterReader reader) {
        if (!Files.isDirectory(documentsDir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(documentsDir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<WorkTreeDocument> documents = new ArrayList<>();
        try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter()) {
            for (Path file : files) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    continue; // unreadable files are reported by the source reader, not here
                }
                Optional<FrontMatter> frontMatter = reader.read(bytes);
                if (frontMatter.isEmpty()) {
                    continue;
                }
                Set<String> ids = new LinkedHashSet<>();
                ids.add(formatter.idFor(Constants.OBJ_BLOB, bytes).name());
                ids.add(formatter.idFor(Constants.OBJ_BLOB, withoutCarriageReturns(bytes)).name());
                String relative = documentsDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                documents.add(new WorkTreeDocument(frontMatter.get(), prefix + relative, ids));
            }
        }
        return documents;
    }

    private static byte[] withoutCarriageReturns(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        int n = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                continue;
            }
            out[n++] = bytes[i];
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
