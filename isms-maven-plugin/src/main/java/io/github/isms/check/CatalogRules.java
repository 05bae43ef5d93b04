package io.github.isms.check;

import io.github.isms.catalog.CatalogModel;
import io.github.isms.diag.Diagnostics;
import io.github.isms.model.IsmsProject;

/** The rules about controls, clauses, soa.yaml and mandatory documented information, in one call for the engine. */
public final class CatalogRules {

    private CatalogRules() {
    }

    public static void check(IsmsProject project, CatalogModel model, Diagnostics diagnostics) {
        ControlReferenceRules.check(project, model.catalogs(), diagnostics);
        SoaRules.check(project, model.catalogs(), model.soaFile(), model.soa(), diagnostics);
        MandatoryDocumentRules.check(project, model.catalogs(), model.coverage(), diagnostics);
    }
}
