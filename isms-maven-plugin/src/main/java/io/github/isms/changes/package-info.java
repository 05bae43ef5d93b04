/**
 * isms:review: what a pull request changes in the ISMS, against the merge-base with its base
 * branch: version rules, required approvers and redlines, as Markdown and JSON for CI.
 */
package io.github.isms.changes;
