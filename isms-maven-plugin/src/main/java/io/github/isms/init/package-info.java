/**
 * isms:init: a new ISMS from the policy-templates set, and in an empty folder the Maven project
 * around it.
 */
package io.github.isms.init;
