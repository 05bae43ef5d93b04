package io.github.isms.sign;

import io.github.isms.pdf.Poppler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Poppler's pdfsig, an independent verifier. It exits 0 even for a broken signature: read its text. */
public final class Pdfsig {

    private Pdfsig() {}

    public static String run(Path dir, byte[] pdf) throws IOException, InterruptedException {
        return Poppler.run(dir, pdf, "pdfsig");
    }

    /** The signatures (DER-encoded CMS) as {@code pdfsig -dump} extracts them from {@code pdf}, in order. */
    public static List<byte[]> dump(Path dir, byte[] pdf) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(dir, "pdfsig-dump");
        Poppler.run(work, pdf, "pdfsig", "-dump");
        List<byte[]> signatures = new ArrayList<>();
        try (Stream<Path> files = Files.list(work)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches(".*\\.sig\\d+")).sorted().toList()) {
                signatures.add(Files.readAllBytes(f));
            }
        }
        return signatures;
    }
}
