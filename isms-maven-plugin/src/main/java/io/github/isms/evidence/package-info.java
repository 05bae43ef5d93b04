/**
 * The evidence register ({@code evidence.yaml}): what shows that each control operates, who collects it,
 * how often, when it was last collected, and where it lives (a file under {@code evidence/} or a URL).
 */
package io.github.isms.evidence;
