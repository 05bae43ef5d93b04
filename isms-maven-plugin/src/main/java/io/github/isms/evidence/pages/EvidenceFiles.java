package io.github.isms.evidence.pages;

import io.github.isms.evidence.EvidenceItem;
import io.github.isms.evidence.EvidenceReader;
import io.github.isms.site.PageSource;
import io.github.isms.site.SiteInputs;
import io.github.isms.site.SiteModel;
import io.github.isms.site.SitePage;
import io.github.isms.source.AssetFiles;
import io.github.isms.source.SourceFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Copies the evidence files the site may carry into it, under the path they have in the ISMS
 * ({@code evidence/...}): only files of items classified within the site's publication level, and only
 * those the rule for published files accepts again here (inside the ISMS, under evidence/, a passive type).
 */
public final class EvidenceFiles implements PageSource {

    private EvidenceFiles() {
    }

    /** The inputs with this source added; unchanged without evidence.yaml. */
    public static SiteInputs addTo(SiteInputs inputs) {
        return inputs.evidence().present() ? inputs.withPageSource(new EvidenceFiles()) : inputs;
    }

    @Override
    public List<SitePage> pages(SiteModel model) {
        return List.of();
    }

    @Override
    public Map<String, byte[]> files(SiteModel model) {
        Path isms = model.inputs().project().ismsDir();
        AssetFiles rule = new AssetFiles(new SourceFolder(isms), EvidenceReader.FOLDER);
        Map<String, byte[]> files = new TreeMap<>();
        for (EvidenceItem item : model.inputs().evidence().items()) {
            if (item.sitePath().isEmpty()) {
                continue;
            }
            Path real = rule.publishable(isms.resolve(item.location()));
            if (real == null) {
                continue; // reported when evidence.yaml was read
            }
            try {
                files.put(item.sitePath(), Files.readAllBytes(real));
            } catch (IOException e) {
                throw new UncheckedIOException("can not read " + real, e);
            }
        }
        return files;
    }
}
