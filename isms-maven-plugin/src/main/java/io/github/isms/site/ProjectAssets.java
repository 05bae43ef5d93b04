package io.github.isms.site;

import io.github.isms.source.AssetFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files under the ISMS {@code assets/} folder that published pages use. Only those are copied:
 * an attachment that only a withheld (confidential) document links must not reach the site.
 */
final class ProjectAssets {

    /* Bodies link assets relative to docs/<ID>/index.html (see xref.PageUrls#asset). */
    private static final Pattern ASSET_URL = Pattern.compile("(?:src|href)=\"\\.\\./\\.\\./assets/([^\"#?]+)");

    private ProjectAssets() {
    }

    /** The asset paths (relative to {@code assets/}, with {@code /}) that these body HTMLs use, sorted. */
    static Set<String> usedBy(Collection<String> bodies) {
        Set<String> used = new TreeSet<>();
        for (String html : bodies) {
            if (!html.contains("../../assets/")) {
                continue;
            }
            Matcher m = ASSET_URL.matcher(html);
            while (m.find()) {
                used.add(URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return used;
    }

    /**
     * Copies each used asset to {@code assets/} of the site. Current bodies' references were
     * checked earlier; an earlier version's and raw HTML's were not, so the rule of
     * {@link AssetFiles} is applied here again for every file: a file that it does not call
     * publishable (a link out of the ISMS, an active type) is never copied into the site.
     */
    static void copy(AssetFiles assets, Set<String> used, SiteWriter out) {
        for (String path : used) {
            Path real = assets.publishable(assets.assetsDir().resolve(path));
            if (real == null) {
                continue;
            }
            try {
                out.write("assets/" + path, Files.readAllBytes(real));
            } catch (IOException e) {
                throw new UncheckedIOException("can not read " + real, e);
            }
        }
    }
}
