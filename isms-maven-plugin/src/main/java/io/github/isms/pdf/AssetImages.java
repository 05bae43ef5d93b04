package io.github.isms.pdf;

import io.github.isms.source.AssetFiles;
import com.openhtmltopdf.extend.FSUriResolver;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the PDF renderer may load images from: the ISMS {@code assets/} folder and nowhere else.
 * A document body links an asset relative to its page ({@code ../../assets/logo.png} from
 * {@code docs/<ID>/index.html}, see xref.PageUrls#asset); this resolves such a link to the file
 * under {@code assets/} and refuses everything else (another scheme, the network, a path that
 * climbs out of {@code assets/}, a link whose target lies outside it, a type that is not passive,
 * see {@link AssetFiles}), so rendering a PDF never reads a file outside the ISMS nor fetches anything. A refused image is simply left out.
 */
public final class AssetImages implements FSUriResolver {

    private static final URI SITE_ROOT = URI.create("isms-site:/");

    /** Refuses every image: for prints without a document page, such as the SoA. */
    public static final AssetImages NONE = new AssetImages(null, "");

    private final AssetFiles assets;
    private final URI page;

    private AssetImages(AssetFiles assets, String pagePath) {
        this.assets = assets;
        this.page = SITE_ROOT.resolve(pagePath);
    }

    /**
     * @param assets   the ISMS {@code assets/} folder's rule (the folder need not exist)
     * @param pagePath the page the body's links are relative to, from the site root ({@code docs/POL-001/index.html})
     */
    public static AssetImages of(AssetFiles assets, String pagePath) {
        return new AssetImages(assets, pagePath);
    }

    /**
     * What images a print may show, beyond the files' contents: the page its links are relative to and the
     * assets folder they resolve into ({@code none} for {@link #NONE}).
     */
    String describe() {
        return assets == null ? "none" : page + " " + assets.assetsDir().toAbsolutePath().normalize();
    }

    /** The assets folder images come from, if any. */
    Optional<Path> assetsDir() {
        return assets == null ? Optional.empty() : Optional.of(assets.assetsDir());
    }

    /** The {@code file:} URI of the asset {@code uri} names, or {@code null} when it is not one (openhtmltopdf then skips it). */
    @Override
    public String resolveURI(String baseUri, String uri) {
        Path file = file(uri);
        return file == null ? null : file.toUri().toString();
    }

    /** The asset file a link names, or {@code null} when the link leads anywhere else. */
    public Path file(String uri) {
        if (assets == null || uri == null) {
            return null;
        }
        URI link;
        try {
            link = new URI(uri.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        if (link.isAbsolute() || link.getRawAuthority() != null || link.getRawPath() == null || link.getRawPath().isEmpty()) {
            return null;
        }
        String path = page.resolve(link).normalize().getPath();
        if (path == null || !path.startsWith("/assets/") || path.contains("/../")) {
            return null;
        }
        return assets.publishable(assets.assetsDir().resolve(path.substring("/assets/".length())));
    }
}
