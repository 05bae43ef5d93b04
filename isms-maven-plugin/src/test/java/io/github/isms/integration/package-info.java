/** Tests that cross concerns: the project as a whole, its documentation and its build. */
package io.github.isms.integration;
