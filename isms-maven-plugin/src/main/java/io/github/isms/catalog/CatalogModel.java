package io.github.isms.catalog;

import io.github.isms.diag.Diagnostics;
import io.github.isms.model.IsmsProject;
import java.util.Optional;

/**
 * Everything about controls and clauses an ISMS has: its catalogs, its soa.yaml decisions, the
 * Statement of Applicability and mandatory-document coverage computed from them and the
 * documents, and, for an ISMS on the 2013 edition, the transition to 2022.
 */
public record CatalogModel(CatalogSet catalogs, Soa soaFile, StatementOfApplicability soa, MandatoryCoverage coverage,
                           Optional<Transition> transition) {

    public static CatalogModel load(IsmsProject project, Diagnostics diagnostics) {
        CatalogSet catalogs = CatalogLoader.load(project, diagnostics);
        Soa soaFile = SoaReader.read(project, diagnostics);
        StatementOfApplicability soa = StatementOfApplicability.of(project, catalogs, soaFile);
        Optional<Transition> transition = catalogs.edition() == Edition.ISO27001_2013
                ? Optional.of(Transition.of(project, soa)) : Optional.empty();
        return new CatalogModel(catalogs, soaFile, soa, MandatoryCoverage.of(project, catalogs, soaFile), transition);
    }

    /** The same model with coverage worked out again, once approvals and the risk register are known. */
    public CatalogModel withCoverage(MandatoryCoverage other) {
        return new CatalogModel(catalogs, soaFile, soa, other, transition);
    }
}
