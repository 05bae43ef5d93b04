package io.github.isms.verify;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import io.github.isms.diag.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Verifies an audit pack on its own: its entries are unpacked into a fresh temporary folder (never anywhere
 * else: an entry whose name would leave it is reported and skipped), and the folder is verified as a site:
 * every PDF's signature, the pack's signed manifest, and every file against it, so a changed byte, a file
 * missing from the manifest or one the manifest lists but the zip lacks fails it, naming the file. The
 * temporary folder is deleted afterwards.
 */
public final class PackVerifier {

    /** More than this many bytes unpacked is no audit pack but a zip bomb. */
    static final long MAX_BYTES = 4L * 1024 * 1024 * 1024;

    private PackVerifier() {
    }

    public static VerificationResult verify(Path pack, TrustPolicy policy) throws IOException {
        List<Diagnostic> findings = new ArrayList<>();
        Path folder = Files.createTempDirectory("isms-pack");
        try {
            try (ZipFile zip = new ZipFile(pack.toFile())) {
                unpack(zip, folder, findings);
            } catch (ZipException e) {
                findings.add(error(Code.PACK_UNREADABLE, pack.getFileName().toString(), "is not a readable zip file: " + e.getMessage()));
                return new VerificationResult(0, 0, findings);
            }
            VerificationResult site = SiteVerifier.verify(folder, policy, true);
            findings.addAll(site.findings());
            return new VerificationResult(site.pdfsChecked(), site.filesChecked(), findings);
        } finally {
            delete(folder);
        }
    }

    private static void unpack(ZipFile zip, Path folder, List<Diagnostic> findings) throws IOException {
        Set<String> seen = new HashSet<>();
        long total = 0;
        Path root = folder.toRealPath();
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            String unsafe = unsafe(name);
            if (unsafe == null && !seen.add(name)) {
                unsafe = "occurs twice in the zip";
            }
            Path target = root.resolve(name).normalize();
            if (unsafe == null && !target.startsWith(root)) {
                unsafe = "would be unpacked outside the pack's folder";
            }
            if (unsafe != null) {
                findings.add(error(Code.PACK_ENTRY_UNSAFE, printable(name), unsafe + "; it is not unpacked"));
                continue;
            }
            if (entry.isDirectory()) {
                continue;
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > MAX_BYTES) {
                        throw new ZipException("it unpacks to more than " + MAX_BYTES + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
            } catch (ZipException e) {
                if (total > MAX_BYTES) {
                    throw e;
                }
                // A byte changed inside a stored entry breaks its CRC before any hash is compared: name the entry.
                findings.add(error(Code.PACK_UNREADABLE, printable(name), "can not be read from the zip (" + e.getMessage()
                        + "): it changed after packing"));
                Files.deleteIfExists(target);
            }
        }
    }

    /** Why an entry name can not be unpacked as it is, or null when it can. */
    static String unsafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":") || name.indexOf('\0') >= 0) {
            return "is an absolute path, names a drive or holds a backslash";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return "holds a . or .. segment";
            }
        }
        return null;
    }

    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    private static Diagnostic error(Code code, String path, String message) {
        return new Diagnostic(code.defaultSeverity(), code, SourcePosition.file(path), message);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }
}
