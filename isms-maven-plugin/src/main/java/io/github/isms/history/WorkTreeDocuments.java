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

/** The tracked files (Markdown documents, or one named file) in the documents folder as they are on disk. */
final class WorkTreeDocuments {

    private WorkTreeDocuments() {
    }

    /** @param prefix the documents folder relative to the work tree root, {@code ""} or ending in {@code /} */
    static List<WorkTreeDocument> scan(Path documentsDir, String prefix, TrackedFiles tracked,
            FrontMatterCache frontMatters) {
        if (!Files.isDirectory(documentsDir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(documentsDir, tracked.nested() ? Integer.MAX_VALUE : 1)) {
            files = walk.filter(p -> p.getFileName() != null && tracked.matches(p.getFileName().toString())
                            && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<WorkTreeDocument> documents = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes;
            Optional<ControlKeys> frontMatter;
            ObjectId blob;
            try {
                bytes = Files.readAllBytes(file);
                blob = blobId(bytes);
                frontMatter = frontMatters.get(blob, () -> bytes);
            } catch (IOException e) {
                continue; // unreadable files are reported by the source reader, not here
            }
            if (frontMatter.isEmpty()) {
                continue;
            }
            Set<String> ids = contentIds(blob, bytes);
            String relative = documentsDir.relativize(file).toString()
                    .replace(file.getFileSystem().getSeparator(), "/");
            documents.add(new WorkTreeDocument(frontMatter.get(), prefix + relative, ids));
        }
        return documents;
    }

    /** The git object id of a blob; the JDK's SHA-1 is several times faster here than JGit's pure-Java one. */
    static ObjectId blobId(byte[] content) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(Constants.encodedTypeString(Constants.OBJ_BLOB));
            sha1.update((byte) ' ');
            sha1.update(Constants.encodeASCII(content.length));
            sha1.update((byte) 0);
            return ObjectId.fromRaw(sha1.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    /** The ids of a file's content: its git object id, and that of the content with CRLF line ends turned into LF. */
    static Set<String> contentIds(byte[] bytes) {
        return contentIds(blobId(bytes), bytes);
    }

    private static Set<String> contentIds(ObjectId blob, byte[] bytes) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(blob.name());
        if (hasCarriageReturnBeforeNewline(bytes)) {
            ids.add(blobId(withoutCarriageReturns(bytes)).name());
        }
        return ids;
    }

    /** A file checked out with CRLF line ends is committed with LF ones: both ids are its content. */
    private static boolean hasCarriageReturnBeforeNewline(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return true;
            }
        }
        return false;
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
