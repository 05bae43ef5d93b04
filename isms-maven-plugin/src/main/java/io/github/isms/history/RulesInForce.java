package io.github.isms.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The roles, people and {@code approval:} settings a change is judged by: those of isms.yaml at the change's
 * first parent, as the ISMS stood before it. A pull request that adds its author to a role, or loosens the
 * rules, is judged by the rules it changes, not by its own. Before the ISMS has an isms.yaml (the change
 * that creates it, or a repository whose rules come from elsewhere) the commit's own, else the given rules.
 */
final class RulesInForce {

    /** Everything a change is judged by, parsed once per distinct isms.yaml. */
    record InForce(ApprovalRules rules, RoleDirectory roles, Identities identities) {

        static InForce of(ApprovalRules rules) {
            return new InForce(rules, new RoleDirectory(rules.roles()), new Identities(rules.people()));
        }
    }

    private final ObjectReader reader;
    private final String configPath;
    private final RulesReader rulesReader;
    private final InForce fallback;
    private final Map<ObjectId, InForce> byBlob = new HashMap<>();

    /**
     * @param configPath isms.yaml relative to the repository root, or null when the rules come from elsewhere
     */
    RulesInForce(ObjectReader reader, String configPath, RulesReader rulesReader, ApprovalRules fallback) {
        this.reader = reader;
        this.configPath = configPath;
        this.rulesReader = rulesReader;
        this.fallback = InForce.of(fallback);
    }

    InForce before(RevCommit commit) throws IOException {
        if (configPath == null || rulesReader == null) {
            return fallback;
        }
        ObjectId blob = commit.getParentCount() > 0 ? blobAt(commit.getParent(0).getTree()) : null;
        if (blob == null) {
            blob = blobAt(commit.getTree());
        }
        if (blob == null) {
            return fallback;
        }
        InForce known = byBlob.get(blob);
        if (known == null) {
            String text = new String(reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(1 << 20), StandardCharsets.UTF_8);
            known = InForce.of(rulesReader.read(text));
            byBlob.put(blob.copy(), known);
        }
        return known;
    }

    private ObjectId blobAt(RevTree tree) throws IOException {
        if (tree == null) {
            return null;
        }
        try (TreeWalk walk = TreeWalk.forPath(reader, configPath, tree)) {
            return walk == null || (walk.getRawMode(0) & 0170000) != 0100000 ? null : walk.getObjectId(0);
        }
    }
}
