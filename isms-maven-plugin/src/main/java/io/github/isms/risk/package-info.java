/**
 * The risk register and treatment plan (risks.yaml): reading, rating against the scale, and the
 * CSV export.
 */
package io.github.isms.risk;
