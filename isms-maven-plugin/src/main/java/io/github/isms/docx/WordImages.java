package io.github.isms.docx;

import io.github.isms.pdf.AssetImages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The images of one document's body as Word pictures: the files under the ISMS {@code assets/} folder that
 * the body's {@code <img>} links name, read through the same rule as the PDF's images (nothing outside
 * {@code assets/}, nothing fetched). Word shows PNG, JPEG, GIF, BMP and TIFF; any other image (WebP, AVIF)
 * or a file that does not read as an image stays its alt text in the Word file, and a note says so, since
 * the PDF and the page do show it.
 */
final class WordImages implements HtmlToWord.Images {

    /** The formats Word shows, told by the file's first bytes, not by its name. */
    private static final Set<PictureType> SHOWN = Set.of(PictureType.PNG, PictureType.JPEG, PictureType.GIF,
            PictureType.BMP, PictureType.TIFF);

    private final AssetImages assets;
    private final String wordFile;
    private final Consumer<String> notes;

    /**
     * @param assets   the document's images, resolved relative to its page
     * @param wordFile the Word file's path in the site, to name it in a note
     * @param notes    where to say that an image is shown by its alt text only
     */
    WordImages(AssetImages assets, String wordFile, Consumer<String> notes) {
        this.assets = assets;
        this.wordFile = wordFile;
        this.notes = notes;
    }

    @Override
    public Optional<HtmlToWord.Picture> picture(String src) {
        Path file = assets.file(src);
        if (file == null) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("can not read the image " + file, e);
        }
        PictureType type = PictureType.valueOf(FileMagic.valueOf(bytes));
        Optional<int[]> size = SHOWN.contains(type) ? size(bytes) : Optional.empty();
        if (size.isEmpty()) {
            notes.accept(wordFile + ": the image " + src + " is shown by its alt text only: Word files take PNG, JPEG, GIF, "
                    + "BMP and TIFF images that read as such");
            return Optional.empty();
        }
        return Optional.of(new HtmlToWord.Picture(bytes, type, file.getFileName().toString(), size.get()[0], size.get()[1]));
    }

    /** Width and height in pixels, from the image's header (nothing decoded), or empty when it does not read. */
    static Optional<int[]> size(byte[] bytes) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 ? Optional.of(new int[] {width, height}) : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
