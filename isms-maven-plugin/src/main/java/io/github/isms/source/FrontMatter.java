package io.github.isms.source;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostics;
import java.util.Optional;

/**
 * A Markdown document split into its YAML front matter and its body, by the one grammar of
 * {@link FrontMatterSyntax}.
 *
 * @param yaml          the YAML between the fences
 * @param yamlFirstLine the file line of the YAML's first line (2 when the file starts with the fence)
 * @param body          everything after the closing fence
 * @param bodyFirstLine the file line of the body's first line
 */
public record FrontMatter(SourceFile source, String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    public static Optional<FrontMatter> split(SourceFile source, Diagnostics diagnostics) {
        FrontMatterSyntax.Split split = FrontMatterSyntax.split(source.text());
        switch (split.outcome()) {
            case FOUND -> {
                return Optional.of(new FrontMatter(source, split.yaml(), 2, split.body(), split.bodyFirstLine()));
            }
            case EMPTY -> diagnostics.report(Code.FRONT_MATTER_MISSING, source.at(1, 1),
                    "the file is empty; a document starts with front matter between --- lines (id, title, type, version)");
            case NOT_OPENED -> diagnostics.report(Code.FRONT_MATTER_MISSING, source.at(1, 1),
                    "a document must start with a --- line that opens its front matter");
            case NOT_CLOSED -> diagnostics.report(Code.FRONT_MATTER_UNCLOSED, source.at(1, 1),
                    "the front matter opened here is never closed; add a line --- after the last key");
        }
        return Optional.empty();
    }
}
