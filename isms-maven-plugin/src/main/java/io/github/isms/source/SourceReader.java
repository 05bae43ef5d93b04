package io.github.isms.source;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.diag.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads ISMS text files strictly: a file must lie inside the source folder with no symbolic link
 * on the way leaving it (see {@link SourceFolder}), be no larger than the limit, and be valid
 * UTF-8. Every refusal is a diagnostic at the file, never an exception.
 */
public final class SourceReader {

    /** Larger than any real policy; keeps a stray data file from eating the build's memory. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private final Path projectDir;
    private final SourceFolder folder;
    private final long maxBytes;
    private final SourceMemory memory;

    public SourceReader(Path projectDir, Path sourceRoot, long maxBytes) {
        this(projectDir, sourceRoot, maxBytes, SourceMemory.none());
    }

    /** A reader that takes from {@code memory} the files whose stamp is unchanged since an earlier read, and keeps what it reads there. */
    public SourceReader(Path projectDir, Path sourceRoot, long maxBytes, SourceMemory memory) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.folder = new SourceFolder(sourceRoot);
        this.maxBytes = maxBytes;
        this.memory = memory;
    }

    /** The path as diagnostics show it: relative to the project, with forward slashes. */
    public String relativePath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(projectDir) ? projectDir.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    public Optional<SourceFile> read(Path file, Diagnostics diagnostics) {
        String shown = relativePath(file);
        try {
            SourceFolder.Place place = folder.locate(file);
            if (place.outside()) {
                diagnostics.report(Code.FILE_OUTSIDE_SOURCE, SourcePosition.file(shown),
                        "resolves outside the ISMS source folder; links out of the ISMS are refused");
                return Optional.empty();
            }
            if (!place.inside()) {
                throw new NoSuchFileException(file.toString());
            }
            Path real = place.real();
            // The clock before the stamp: a write after this moment gives the file a later time than the stamp's.
            Instant before = memory.now();
            FileStamp stamp = FileStamp.of(real);
            if (stamp.size() > maxBytes) {
                diagnostics.report(Code.FILE_TOO_LARGE, SourcePosition.file(shown),
                        "is " + stamp.size() + " bytes; the limit is " + maxBytes + " (isms.maxFileBytes)");
                return Optional.empty();
            }
            Optional<SourceFile> remembered = memory.file(file, real, stamp, shown);
            if (remembered.isPresent()) {
                return remembered;
            }
            byte[] bytes = Files.readAllBytes(real);
            Optional<SourceFile> read = decode(bytes, shown, diagnostics).map(text -> new SourceFile(file, shown, normalise(text)));
            read.ifPresent(source -> memory.keep(real, stamp, before, source));
            return read;
        } catch (NoSuchFileException e) {
            diagnostics.report(Code.FILE_UNREADABLE, SourcePosition.file(shown),
                    "can not be read: it is a broken symbolic link, or it was removed during the build");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.report(Code.FILE_UNREADABLE, SourcePosition.file(shown),
                    "can not be read: " + e.getClass().getSimpleName() + " " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<String> decode(byte[] bytes, String shown, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int column = 1;
            // A byte order mark is not a column: positions elsewhere are counted after it is removed.
            int first = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            for (int i = first; i < offset; i++) {
                // Lines end as normalise() sees them: \n, \r\n, or a lone \r.
                if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            diagnostics.report(Code.FILE_ENCODING, new SourcePosition(shown, line, column),
                    String.format("is not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                            bytes[offset] & 0xFF, offset));
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString());
    }

    private static String normalise(String text) {
        return FrontMatterSyntax.normalise(text);
    }
}
