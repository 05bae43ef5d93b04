/**
 * isms:codeowners: a CODEOWNERS file from document owners and approvers, so the platform asks the
 * right people to review each change.
 */
package io.github.isms.codeowners;
