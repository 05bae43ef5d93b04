package io.github.isms.history;

/**
 * Reads the approval rules an isms.yaml states, for the rules in force at a past commit. Problems in a past
 * isms.yaml are not reported again (they were reported when it was built); the result is what a build of
 * that commit would have used.
 */
@FunctionalInterface
public interface RulesReader {

    ApprovalRules read(String ismsYaml);
}
