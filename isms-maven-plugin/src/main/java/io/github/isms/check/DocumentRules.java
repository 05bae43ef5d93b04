package io.github.isms.check;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.model.Document;
import io.github.isms.model.DocumentType;
import io.github.isms.model.IsmsConfig;
import io.github.isms.model.IsmsProject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules that need more than one file to decide: ids are unique across the ISMS, and every
 * role and classification a document names is defined in isms.yaml; and an external document says
 * where it comes from and who issued it. Values a document takes from
 * isms.yaml's defaults are checked where they are written, in isms.yaml, not once per document.
 */
public final class DocumentRules {

    private DocumentRules() {
    }

    public static void check(IsmsProject project, Diagnostics diagnostics) {
        uniqueIds(project.documents(), diagnostics);
        IsmsConfig config = project.config();
        for (Document doc : project.documents()) {
            // Without roles (missing or broken isms.yaml, reported there) every owner would be "unknown": say it once.
            if (!config.roles().isEmpty()) {
                roles(doc, config, diagnostics);
            }
            if (doc.positions().containsKey("classification") && config.rank(doc.classification()) < 0) {
                diagnostics.report(Code.CLASSIFICATION_UNKNOWN, doc.positionOf("classification"), "classification '"
                        + doc.classification() + "' is not one of " + String.join(", ", config.classifications()));
            }
            if (doc.type() == DocumentType.EXTERNAL && !doc.externalSourceKnown()) {
                diagnostics.report(Code.EXTERNAL_SOURCE_MISSING, doc.positionOf("type"), "external document " + doc.id()
                        + " needs source: (where it comes from) and issuer: (who issued it); without them it provides "
                        + "no mandatory documented information");
            }
        }
    }

    private static void roles(Document doc, IsmsConfig config, Diagnostics diagnostics) {
        if (doc.owner() == null) {
            diagnostics.report(Code.KEY_REQUIRED, doc.positionOf("id"),
                    "document " + doc.id() + " has no owner; set 'owner' or defaults.owner in isms.yaml");
        } else if (doc.positions().containsKey("owner") && !config.hasRole(doc.owner())) {
            diagnostics.report(Code.ROLE_UNKNOWN, doc.positionOf("owner"), unknownRole("owner", doc.owner(), config));
        }
        List<String> approvers = doc.positions().containsKey("approvers") ? doc.approvers() : List.of();
        for (int i = 0; i < approvers.size(); i++) {
            if (!config.hasRole(approvers.get(i))) {
                diagnostics.report(Code.ROLE_UNKNOWN, doc.positionOf("approvers", i), unknownRole("approver", approvers.get(i), config));
            }
        }
    }

    private static void uniqueIds(List<Document> documents, Diagnostics diagnostics) {
        Map<String, Document> first = new LinkedHashMap<>();
        for (Document doc : documents) {
            Document earlier = first.putIfAbsent(doc.id(), doc);
            if (earlier != null) {
                diagnostics.report(Code.ID_DUPLICATE, doc.positionOf("id"), "id '" + doc.id()
                        + "' is already used by " + earlier.positionOf("id"));
                diagnostics.report(Code.ID_DUPLICATE, earlier.positionOf("id"), "id '" + doc.id()
                        + "' is used again by " + doc.positionOf("id"));
            }
        }
    }

    private static String unknownRole(String what, String role, IsmsConfig config) {
        return what + " role '" + role + "' is not defined under roles: in isms.yaml (defined: "
                + String.join(", ", config.roles().keySet()) + ")";
    }
}
