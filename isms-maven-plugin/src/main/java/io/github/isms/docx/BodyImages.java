package io.github.isms.docx;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * The pictures of one body's images, each looked up once, before the Word file is made: a value, so that it
 * joins the file's cache key. The key then holds the bytes of every image the file shows and, for an image it
 * can not show (missing, refused, of a type Word does not take), that it shows none; a changed, added or removed
 * image file changes the key, and an unchanged one lets the file come from the cache.
 *
 * @param pictures by {@code src}; empty for an image shown by its alt text
 */
record BodyImages(Map<String, Optional<HtmlToWord.Picture>> pictures) implements HtmlToWord.Images {

    BodyImages {
        pictures = Map.copyOf(pictures);
    }

    /** Looks up every {@code <img>} of {@code bodyHtml} in {@code images}, each {@code src} once. */
    static BodyImages of(String bodyHtml, HtmlToWord.Images images) {
        Map<String, Optional<HtmlToWord.Picture>> pictures = new LinkedHashMap<>();
        // The parse HtmlToWord makes, so every image it asks for is here.
        Jsoup.parseBodyFragment(bodyHtml).body().select("img")
                .forEach(img -> pictures.computeIfAbsent(img.attr("src"), images::picture));
        return new BodyImages(pictures);
    }

    @Override
    public Optional<HtmlToWord.Picture> picture(String src) {
        Optional<HtmlToWord.Picture> picture = pictures.get(src);
        if (picture == null) {
            throw new IllegalStateException("the image " + src + " was not looked up with the body's others");
        }
        return picture;
    }
}
