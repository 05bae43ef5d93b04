package io.github.isms.codeowners;

import io.github.isms.check.CheckResult;
import java.util.List;

/**
 * What isms:codeowners found and did.
 *
 * @param check   the ISMS as loaded and checked, with every diagnostic; errors mean nothing was written
 * @param rules   the rules of the file, in file order (empty when nothing was written)
 * @param written whether the CODEOWNERS file was written
 */
public record CodeownersResult(CheckResult check, List<CodeownersRule> rules, boolean written) {

    public CodeownersResult {
        rules = List.copyOf(rules);
    }
}
