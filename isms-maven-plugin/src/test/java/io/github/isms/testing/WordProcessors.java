package io.github.isms.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Word files made by real word processors, for tests of the import: pandoc from Markdown and
 * LibreOffice (headless) from HTML or anything else it opens. CI installs both (.ci/run); a
 * developer machine without one skips the tests that need it, saying so.
 */
public final class WordProcessors {

    private WordProcessors() {
    }

    public static void assumePandoc() {
        assumeTrue(onPath("pandoc"), "pandoc is not installed (Debian: apt-get install pandoc); CI installs it");
    }

    public static void assumeLibreOffice() {
        assumeTrue(onPath("soffice"), "LibreOffice is not installed (Debian: apt-get install libreoffice-writer-nogui); CI installs it");
    }

    /** {@code markdown} (pandoc's Markdown, images relative to {@code dir}) as a .docx written by pandoc. */
    public static Path pandoc(Path dir, String name, String markdown) {
        assumePandoc();
        try {
            Path source = dir.resolve(name + ".md");
            Files.writeString(source, markdown, StandardCharsets.UTF_8);
            Path docx = dir.resolve(name + ".docx");
            run(dir, "pandoc", "-f", "markdown", "-t", "docx", "-o", docx.toString(), source.toString());
            Files.delete(source);
            return docx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code html} as a .docx written by LibreOffice Writer. */
    public static Path libreOfficeFromHtml(Path dir, String name, String html) {
        try {
            Path source = dir.resolve(name + ".html");
            Files.writeString(source, html, StandardCharsets.UTF_8);
            Path docx = libreOffice(source, "docx:MS Word 2007 XML", "HTML (StarWriter)");
            Files.delete(source);
            return docx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code source} converted by LibreOffice with the export filter {@code target}
     * ({@code "docx:MS Word 2007 XML"}, {@code "doc:MS Word 97"}, ...), next to it.
     */
    public static Path libreOffice(Path source, String target, String inputFilter) {
        assumeLibreOffice();
        Path dir = source.getParent();
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile().toUri(), "--headless"));
        if (inputFilter != null) {
            command.add("--infilter=" + inputFilter);
        }
        command.addAll(List.of("--convert-to", target, "--outdir", dir.toString(), source.toString()));
        run(dir, command.toArray(String[]::new));
        String base = source.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path out = dir.resolve(base + "." + target.substring(0, target.indexOf(':')));
        assertThat(out).as("LibreOffice wrote " + out.getFileName()).isRegularFile();
        return out;
    }

    /* One LibreOffice profile for the whole test run, outside the user's home: first start is the slow one. */
    private static synchronized Path profile() {
        try {
            if (profile == null) {
                profile = Files.createTempDirectory("isms-lo-profile");
            }
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path profile;

    private static void run(Path dir, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        try {
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** A small PNG (a red square) made in memory, for documents with an image. */
    public static byte[] png(int size) {
        try {
            var image = new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < size; x++) {
                for (int y = 0; y < size; y++) {
                    image.setRGB(x, y, (x * 31 + y * 17) % 2 == 0 ? 0xff0000 : (x * y) & 0xffffff);
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
