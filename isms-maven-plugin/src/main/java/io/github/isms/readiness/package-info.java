/**
 * Certification readiness: the sixteen steps of an ISO/IEC 27001 implementation, each derived as done,
 * in progress or not started from the ISMS's own artifacts (approved documents and records, risks.yaml,
 * soa.yaml, roles), with the reason and what proves it.
 */
package io.github.isms.readiness;
