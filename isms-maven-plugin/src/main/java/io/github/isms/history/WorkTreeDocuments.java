package io.github.isms.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

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
        {
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
                ids.add(blobId(bytes));
                byte[] lf = withoutCarriageReturns(bytes);
                if (lf.length != bytes.length) {
                    ids.add(blobId(lf));
                }
                String relative = documentsDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                documents.add(new WorkTreeDocument(frontMatter.get(), prefix + relative, ids));
            }
        }
        return documents;
    }

    /** The git object id of a blob; the JDK's SHA-1 is several times faster here than JGit's pure-Java one. */
    static String blobId(byte[] content) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(Constants.encodedTypeString(Constants.OBJ_BLOB));
            sha1.update((byte) ' ');
            sha1.update(Constants.encodeASCII(content.length));
            sha1.update((byte) 0);
            return ObjectId.fromRaw(sha1.digest(content)).name();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
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
