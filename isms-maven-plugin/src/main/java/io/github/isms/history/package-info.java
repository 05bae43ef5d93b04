/**
 * Document control from git: one first-parent walk of the approval branch that finds, for every
 * document, its changes, versions, authors and approvals, and what is wrong with them.
 */
package io.github.isms.history;
