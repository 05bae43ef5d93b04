package io.github.isms.check;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import io.github.isms.model.Document;
import io.github.isms.model.IsmsConfig;
import io.github.isms.model.IsmsProject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules that need more than one file to decide: ids are unique across the ISMS, and every
 * role and classification a document names is defined in isms.yaml.
 */
public final class DocumentRules {

    private DocumentRules() {
    }

    public static void check(IsmsProject project, Diagnostics diagnostics) {
        uniqueIds(project.documents(), diagnostics);
        IsmsConfig config = project.config();
        defaultsKnown(config, diagnostics);
        for (Document doc : project.documents()) {
            if (doc.owner() == null) {
                diagnostics.report(Code.KEY_REQUIRED, doc.positionOf("id"),
                        "document " + doc.id() + " has no owner; set 'owner' or defaults.owner in isms.yaml");
            } else if (doc.positions().containsKey("owner") && !config.hasRole(doc.owner())) {
                diagnostics.report(Code.ROLE_UNKNOWN, doc.positionOf("owner"), unknownRole("owner", doc.owner(), config));
            }
            // Values taken from defaults are reported once, at isms.yaml, not in every document.
            for (String approver : doc.positions().containsKey("approvers") ? doc.approvers() : List.<String>of()) {
                if (!config.hasRole(approver)) {
                    diagnostics.report(Code.ROLE_UNKNOWN, doc.positionOf("approvers"), unknownRole("approver", approver, config));
                }
            }
            if (config.rank(doc.classification()) < 0 && doc.positions().containsKey("classification")) {
                diagnostics.report(Code.CLASSIFICATION_UNKNOWN, doc.positionOf("classification"), "classification '"
                        + doc.classification() + "' is not one of " + String.join(", ", config.classifications()));
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

    private static void defaultsKnown(IsmsConfig config, Diagnostics diagnostics) {
        String owner = config.defaults().owner();
        if (owner != null && !config.hasRole(owner)) {
            diagnostics.report(Code.ROLE_UNKNOWN, config.source(), unknownRole("defaults.owner", owner, config));
        }
        if (config.rank(config.defaults().classification()) < 0) {
            diagnostics.report(Code.CLASSIFICATION_UNKNOWN, config.source(), "defaults.classification '"
                    + config.defaults().classification() + "' is not one of " + String.join(", ", config.classifications()));
        }
        for (String approver : config.defaults().approvers()) {
            if (!config.hasRole(approver)) {
                diagnostics.report(Code.ROLE_UNKNOWN, config.source(), unknownRole("defaults.approvers", approver, config));
            }
        }
    }

    private static String unknownRole(String what, String role, IsmsConfig config) {
        return what + " role '" + role + "' is not defined under roles: in isms.yaml (defined: "
                + (config.roles().isEmpty() ? "none" : String.join(", ", config.roles().keySet())) + ")";
    }
}
