package io.github.isms.check;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.i18n.Labels;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsProject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Languages and translations: a language without built-in labels is said once; {@code translation-of:}
 * names an existing original (not another translation, not itself through others), each original has at
 * most one translation per language and none in its own, and a translation whose original moved on to
 * a new major version is reported as outdated. Each translation is a document of its own, approved on
 * its own: an original's approval never approves its translation.
 */
public final class TranslationRules {

    private TranslationRules() {
    }

    public static void check(IsmsProject project, Diagnostics diagnostics) {
        String siteLanguage = project.config().site().language();
        if (!Labels.supported(siteLanguage)) {
            diagnostics.report(Code.LANGUAGE_UNSUPPORTED, project.config().source(), "site.language '" + siteLanguage
                    + "' has no built-in labels (" + String.join(", ", Labels.LANGUAGES) + "); English labels are used");
        }
        Map<String, Document> byId = new HashMap<>();
        project.documents().forEach(d -> byId.putIfAbsent(d.id(), d));
        Map<String, Map<String, Document>> languagesOf = new LinkedHashMap<>();
        for (Document d : project.documents()) {
            if (d.positions().containsKey("language") && !Labels.supported(d.language())) {
                diagnostics.report(Code.LANGUAGE_UNSUPPORTED, d.positionOf("language"), "language '" + d.language()
                        + "' has no built-in labels (" + String.join(", ", Labels.LANGUAGES) + "); English labels are used");
            }
            if (!d.translation()) {
                continue;
            }
            String target = d.translationOf().value();
            Document original = byId.get(target);
            if (original == null) {
                diagnostics.report(Code.TRANSLATION_TARGET_UNKNOWN, d.translationOf().at(),
                        "translation-of '" + target + "' names no document of this ISMS");
            } else if (leadsBack(d, byId)) {
                diagnostics.report(Code.TRANSLATION_CYCLE, d.translationOf().at(), "translation-of '" + target
                        + "' leads back to " + d.id() + "; a translation names its original, which names none");
            } else if (original.translation()) {
                diagnostics.report(Code.TRANSLATION_CHAIN, d.translationOf().at(), "translation-of '" + target
                        + "' names a translation (of " + original.translationOf().value() + "); name the original instead");
            } else {
                if (d.language().equals(original.language())) {
                    diagnostics.report(Code.TRANSLATION_LANGUAGE_DUPLICATE, d.positionOf("language"), d.id()
                            + " is in the language of its original " + target + " (" + d.language()
                            + "); set the translation's language:");
                } else {
                    Document earlier = languagesOf.computeIfAbsent(target, k -> new HashMap<>()).putIfAbsent(d.language(), d);
                    if (earlier != null) {
                        diagnostics.report(Code.TRANSLATION_LANGUAGE_DUPLICATE, d.translationOf().at(), d.id() + " and "
                                + earlier.id() + " both translate " + target + " into " + d.language());
                    }
                }
                if (original.version().major() > d.version().major()) {
                    diagnostics.report(Code.TRANSLATION_OUTDATED, d.positionOf("version"), d.id() + " (" + d.language()
                            + ") translates version " + d.versionText() + " while its original " + target + " is at version "
                            + original.versionText() + "; translate the new version and raise the translation's version");
                }
            }
        }
    }

    /** Whether following translation-of from {@code d} comes back to {@code d}. */
    private static boolean leadsBack(Document d, Map<String, Document> byId) {
        Set<String> seen = new HashSet<>();
        Document at = d;
        while (at != null && at.translation() && seen.add(at.id())) {
            at = byId.get(at.translationOf().value());
            if (at != null && at.id().equals(d.id())) {
                return true;
            }
        }
        return false;
    }
}
