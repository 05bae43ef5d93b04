package io.github.isms.site;

import io.github.isms.i18n.LabelCatalog;
import io.github.isms.model.Document;
import io.github.isms.source.SourceFolder;
import io.github.isms.model.DocumentType;
import io.github.isms.model.IsmsConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The published part of an ISMS, as pages see it: only documents at or below the site's
 * publication classification; of the others, only how many there are.
 *
 * @param documents    published documents, by type then id
 * @param withheld     how many documents are classified above {@code publishLimit}
 * @param withheldIds  their ids, only to keep links to them out of published pages
 * @param referencedBy per published document id, the published documents whose bodies reference it
 * @param families     per original's id, the published original and translations in register order (for
 *                     {@link #translationsOf}: indexed once, as every document page asks)
 * @param labels       the words of the site's language and of each document's, with the theme's overrides
 */
public record SiteModel(
        String organization,
        String publishLimit,
        List<DocumentSummary> documents,
        int withheld,
        Set<String> withheldIds,
        Map<String, DocumentSummary> byId,
        Map<String, List<DocumentSummary>> referencedBy,
        Map<String, List<DocumentSummary>> families,
        SiteInputs inputs,
        LabelCatalog labels) {

    /** By type, then by id, each translation right after its original (in the order of its language). */
    private static final Comparator<Document> REGISTER_ORDER =
            Comparator.comparing((Document d) -> d.type().ordinal())
                    .thenComparing(d -> d.translation() ? d.translationOf().value() : d.id())
                    .thenComparing(Document::translation)
                    .thenComparing(Document::language)
                    .thenComparing(Document::id);

    public static SiteModel of(SiteInputs inputs) {
        IsmsConfig config = inputs.project().config();
        List<Document> published = new ArrayList<>();
        Set<String> withheld = new TreeSet<>();
        for (Document d : inputs.project().documents()) {
            if (config.publishable(d.classification())) {
                published.add(d);
            } else {
                withheld.add(d.id());
            }
        }
        published.sort(REGISTER_ORDER);
        Map<String, DocumentSummary> byId = new LinkedHashMap<>();
        for (Document d : published) {
            byId.put(d.id(), DocumentSummary.of(d, inputs.history(d.id()), inputs.acknowledgements().of(d.id())));
        }
        Map<String, TreeSet<String>> referrers = new TreeMap<>();
        for (Document d : published) {
            for (String target : inputs.body(d.id()).references().documents()) {
                if (byId.containsKey(target) && !target.equals(d.id())) {
                    referrers.computeIfAbsent(target, k -> new TreeSet<>()).add(d.id());
                }
            }
        }
        Map<String, List<DocumentSummary>> referencedBy = new TreeMap<>();
        referrers.forEach((target, ids) -> referencedBy.put(target, ids.stream().map(byId::get).toList()));
        Map<String, List<DocumentSummary>> families = new LinkedHashMap<>();
        for (DocumentSummary d : byId.values()) {
            families.computeIfAbsent(original(d), k -> new ArrayList<>()).add(d);
        }
        families.replaceAll((original, family) -> List.copyOf(family));
        return new SiteModel(config.organization().name(), config.site().publish(), List.copyOf(byId.values()),
                withheld.size(), Set.copyOf(withheld), Map.copyOf(byId), Map.copyOf(referencedBy), Map.copyOf(families), inputs,
                new LabelCatalog(config.site().language(), new SourceFolder(inputs.project().ismsDir())));
    }

    public Optional<DocumentSummary> document(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean published(String id) {
        return byId.containsKey(id);
    }

    /** Published documents grouped by type, in the order of {@link DocumentType}; empty types left out. */
    public List<TypeGroup> groups() {
        Map<DocumentType, List<DocumentSummary>> groups = new TreeMap<>();
        for (DocumentSummary d : documents) {
            groups.computeIfAbsent(DocumentType.parse(d.type()).orElseThrow(), k -> new ArrayList<>()).add(d);
        }
        List<TypeGroup> result = new ArrayList<>();
        groups.forEach((type, docs) -> result.add(new TypeGroup(type.key(), type.plural(), List.copyOf(docs))));
        return result;
    }

    /**
     * A document with its translations (or a translation with its original and the other translations), published
     * ones only, original first, then by language; empty when it has none.
     */
    public List<DocumentSummary> translationsOf(String id) {
        DocumentSummary d = byId.get(id);
        if (d == null) {
            return List.of();
        }
        List<DocumentSummary> family = families.getOrDefault(original(d), List.of());
        return family.size() < 2 ? List.of() : family;
    }

    /** The id of the document {@code d} translates, or its own. */
    private static String original(DocumentSummary d) {
        return d.translationOf().isEmpty() ? d.id() : d.translationOf();
    }

    public List<DocumentSummary> referencing(String id) {
        return referencedBy.getOrDefault(id, List.of());
    }
}
