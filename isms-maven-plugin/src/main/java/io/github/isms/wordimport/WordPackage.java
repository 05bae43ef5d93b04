package io.github.isms.wordimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens a Word file for reading, or says in one sentence why it will not: binary Word, macros,
 * a password, a package that inflates past the limits, or a file that is no Word package at all.
 * The package is inflated once, counting, before POI sees it, so a zip bomb stops at the limit
 * instead of filling the memory.
 */
final class WordPackage {

    /** A Word file that is not imported, and why (one sentence, without the file's name). */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private WordPackage() {
    }

    /** Whether a file in a folder is one the import looks at (Word documents of any kind, so each gets its answer). */
    static boolean looksLikeWord(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && (name.endsWith(".docx") || name.endsWith(".doc") || name.endsWith(".docm")
                || name.endsWith(".dotx") || name.endsWith(".dotm"));
    }

    static XWPFDocument open(Path file, ImportLimits limits) throws Refused {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docm") || name.endsWith(".dotm")) {
            throw new Refused("a macro-enabled Word file is not imported; save it as a Word document (.docx) without macros");
        }
        if (name.endsWith(".doc")) {
            throw new Refused("a binary Word 97-2003 file (.doc) is not imported; open it in Word or LibreOffice and save it as .docx");
        }
        if (!name.endsWith(".docx") && !name.endsWith(".dotx")) {
            throw new Refused("not a Word .docx file");
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new Refused("can not be read: " + e.getMessage());
        }
        if (magic == FileMagic.OLE2) {
            throw new Refused(isEncrypted(file)
                    ? "the file is password-protected; remove the password in Word (File > Info > Protect Document) and save it again"
                    : "a binary Word 97-2003 file with a .docx name; open it in Word or LibreOffice and save it as .docx");
        }
        if (magic != FileMagic.OOXML) {
            throw new Refused("not a Word document: the file is no .docx package (damaged, or another format renamed)");
        }
        measure(file, limits);
        XWPFDocument document;
        try (InputStream in = Files.newInputStream(file)) {
            document = new XWPFDocument(in);
        } catch (IOException | RuntimeException e) {
            throw new Refused("the .docx package is damaged and can not be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")");
        }
        String type = document.getPackagePart().getContentType();
        if (type.contains("macroEnabled")) {
            throw new Refused("a macro-enabled Word document with a .docx name is not imported; save it as a Word document without macros");
        }
        return document;
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /* Inflates every part once, counting, and refuses the package as soon as it passes a limit. */
    private static void measure(Path file, ImportLimits limits) throws Refused {
        long total = 0;
        int parts = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++parts > limits.maxParts()) {
                    throw new Refused("the package has more than " + limits.maxParts() + " parts; it is not imported (a zip bomb?)");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        total += n;
                        if (total > limits.maxUnpackedBytes()) {
                            throw new Refused("the package inflates to more than " + limits.maxUnpackedBytes() / (1024 * 1024)
                                    + " MB; it is not imported (a zip bomb?)");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new Refused("the .docx package is damaged and can not be read (" + e.getMessage() + ")");
        }
    }
}
