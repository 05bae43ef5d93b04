/**
 * The Maven face: one Mojo per goal and the mvn site report. Only this package uses the Maven
 * API; each Mojo maps its parameters to an engine request and the result to the build log.
 */
package io.github.isms.maven;
