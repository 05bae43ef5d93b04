package io.github.isms.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.output.FileCache;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.common.usermodel.PictureType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pictures of a body, looked up before its Word file is made, as the key of that file in the cache: the
 * same image files take the file from the cache, a changed or vanished one makes it again.
 */
class BodyImagesTest {

    private static final String BODY = "<p>Zones: <img src=\"../../assets/zones.png\" alt=\"Zones\"></p>"
            + "<table><tr><td><img src=\"../../assets/office.gif\" alt=\"Office\"></td></tr></table>"
            + "<p><img src=\"../../assets/zones.png\" alt=\"Zones again\"></p>";

    @TempDir
    Path dir;

    /** The image files of a fake assets folder, by {@code src}: a missing one has no picture. */
    private final Map<String, byte[]> files = new HashMap<>(Map.of("../../assets/zones.png", bytes("zones"),
            "../../assets/office.gif", bytes("office")));
    private final List<String> lookups = new ArrayList<>();
    private final AtomicInteger makes = new AtomicInteger();

    private final HtmlToWord.Images assets = src -> {
        lookups.add(src);
        return Optional.ofNullable(files.get(src)).map(b -> new HtmlToWord.Picture(b.clone(), PictureType.PNG, "x.png", 10, 10));
    };

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Builds the Word file of {@link #BODY} through a cache in {@link #dir}, as a build would; true when it was made. */
    private boolean build() {
        FileCache cache = FileCache.open(dir, "1");
        cache.get("POL-001.docx", BodyImages.of(BODY, assets), () -> {
            makes.incrementAndGet();
            return bytes("docx");
        });
        cache.prune();
        return !cache.made().isEmpty();
    }

    @Test
    void everyImageOfTheBodyIsLookedUpOnceInTheBodysOrderAndAnsweredFromWhatWasFound() {
        BodyImages images = BodyImages.of(BODY, assets);
        assertThat(lookups).containsExactly("../../assets/zones.png", "../../assets/office.gif");
        assertThat(images.picture("../../assets/zones.png")).get().extracting(HtmlToWord.Picture::bytes).isEqualTo(bytes("zones"));
        assertThat(lookups).hasSize(2);
    }

    @Test
    void theSameImageFilesTakeTheWordFileFromTheCache() {
        assertThat(build()).isTrue();
        assertThat(build()).isFalse();
        assertThat(makes).hasValue(1);
    }

    @Test
    void anImageWithOtherBytesMakesTheWordFileAgain() {
        build();
        files.put("../../assets/office.gif", bytes("office, redrawn"));
        assertThat(build()).isTrue();
        assertThat(makes).hasValue(2);
    }

    @Test
    void anImageThatIsNoLongerFoundMakesTheWordFileAgainAndItsReturnDoesToo() {
        build();
        byte[] office = files.remove("../../assets/office.gif");
        assertThat(build()).isTrue();
        assertThat(build()).isFalse();
        files.put("../../assets/office.gif", office);
        assertThat(build()).isTrue();
        assertThat(makes).hasValue(3);
    }
}
