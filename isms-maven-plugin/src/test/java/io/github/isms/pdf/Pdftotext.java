package io.github.isms.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Poppler's pdftotext: what a reader's search and copy see, read without PDFBox. */
final class Pdftotext {

    private Pdftotext() {}

    static String page(Path dir, byte[] pdf, int page) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dir, "pdftotext", ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-f", String.valueOf(page),
                "-l", String.valueOf(page), file.toString(), "-").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("pdftotext did not finish");
        }
        return output;
    }
}
