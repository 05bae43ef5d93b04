package io.github.isms.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one rule for files under the ISMS {@code assets/} folder that a page or PDF may carry: a
 * regular file that, symbolic links resolved, still lies under the folder. The site's reference
 * check, the site's copying and the PDF renderer's image loading all ask it, so none of them can
 * follow a link out of the ISMS.
 */
public final class AssetFiles {

    private AssetFiles() {
    }

    /** True for a regular file whose real path lies under the real {@code assetsDir}. */
    public static boolean isInside(Path assetsDir, Path file) {
        try {
            return Files.isRegularFile(file) && file.toRealPath().startsWith(assetsDir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
