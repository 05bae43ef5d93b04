package io.github.isms.engine;

import io.github.isms.history.HistoryResult;
import io.github.isms.model.IsmsProject;
import io.github.isms.site.SiteBuilder;
import io.github.isms.site.SiteInputs;
import io.github.isms.xref.ReferenceTargets;

/**
 * What a successful site build was made of, kept by {@code isms:serve} between builds so that an edit of one
 * document's body can be shown at once (see {@link EditedPage}).
 *
 * @param history what git history said, or null when it was unavailable
 * @param targets the controls and clauses references could name
 */
record LastBuild(BuildRequest request, IsmsProject project, SiteInputs inputs, SiteBuilder builder, HistoryResult history,
        ReferenceTargets targets) {
}
