package io.github.isms.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Poppler's command-line tools (pdfsig, pdfimages, pdfinfo, pdftotext), independent readers of what we write. */
public final class Poppler {

    private Poppler() {}

    /**
     * The output (stdout and stderr) of {@code tool options... file} on {@code pdf}, written into
     * {@code dir}, which is also the working folder (where {@code pdfsig -dump} writes).
     */
    public static String run(Path dir, byte[] pdf, String tool, String... options) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dir, tool, ".pdf");
        Files.write(file, pdf);
        List<String> command = new ArrayList<>(List.of(tool));
        command.addAll(List.of(options));
        command.add(file.toString());
        return exec(dir, command);
    }

    /** The text of every page as {@code pdftotext} reads it: what a reader's search and copy see. */
    public static String text(Path dir, byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dir, "pdftotext", ".pdf");
        Files.write(file, pdf);
        return exec(dir, List.of("pdftotext", "-enc", "UTF-8", file.toString(), "-"));
    }

    /** The text of one page as {@code pdftotext} reads it: what a reader's search and copy see. */
    public static String text(Path dir, byte[] pdf, int page) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dir, "pdftotext", ".pdf");
        Files.write(file, pdf);
        String number = String.valueOf(page);
        return exec(dir, List.of("pdftotext", "-enc", "UTF-8", "-f", number, "-l", number, file.toString(), "-"));
    }

    private static String exec(Path dir, List<String> command) throws IOException, InterruptedException {
        String tool = command.get(0);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        // pdfsig prints the signing time in the local time zone: UTC makes it comparable on every machine.
        builder.environment().put("TZ", "UTC");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(tool + " did not finish");
        }
        return output;
    }

    /** The image rows of {@code pdfimages -list} (the two header lines dropped). */
    public static List<String> images(Path dir, byte[] pdf) throws IOException, InterruptedException {
        return run(dir, pdf, "pdfimages", "-list").lines().skip(2).toList();
    }

    /** One field of {@code pdfinfo -isodates}, for example {@code CreationDate}. */
    public static String info(Path dir, byte[] pdf, String field) throws IOException, InterruptedException {
        return run(dir, pdf, "pdfinfo", "-isodates").lines().filter(l -> l.startsWith(field + ":"))
                .map(l -> l.substring(field.length() + 1).strip()).findFirst().orElse("");
    }

    /**
     * The file as it was before signing: signing appends an incremental update, so the unsigned
     * rendering ends at the first end-of-file marker.
     */
    public static byte[] beforeSigning(byte[] signed) {
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("%%EOF");
        if (end < 0) {
            throw new IllegalArgumentException("not a PDF: no %%EOF");
        }
        end += "%%EOF".length();
        // One end-of-line belongs to the marker; the update may begin with another.
        if (end < signed.length && signed[end] == '\r') {
            end++;
        }
        if (end < signed.length && signed[end] == '\n') {
            end++;
        }
        return java.util.Arrays.copyOf(signed, end);
    }
}
