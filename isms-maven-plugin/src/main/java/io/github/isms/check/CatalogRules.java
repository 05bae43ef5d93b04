package io.github.isms.check;

import io.github.isms.catalog.CatalogModel;
import io.github.isms.diag.Diagnostics;
import io.github.isms.model.IsmsProject;

/**
 * The rules about controls, clauses and soa.yaml, in one call for the engine. Mandatory documented
 * information is checked apart ({@link MandatoryDocumentRules}), once approvals are known.
 */
public final class CatalogRules {

    private CatalogRules() {
    }

    public static void check(IsmsProject project, CatalogModel model, Diagnostics diagnostics) {
        ControlReferenceRules.check(project, model.catalogs(), diagnostics);
        SoaRules.check(project, model.catalogs(), model.soaFile(), model.soa(), diagnostics);
    }
}
