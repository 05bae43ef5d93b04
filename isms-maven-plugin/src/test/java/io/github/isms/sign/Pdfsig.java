package io.github.isms.sign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Poppler's pdfsig, an independent verifier. It exits 0 even for a broken signature: read its text. */
public final class Pdfsig {

    private Pdfsig() {}

    public static String run(Path dir, byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dir, "pdfsig", ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("pdfsig did not finish");
        }
        return output;
    }
}
