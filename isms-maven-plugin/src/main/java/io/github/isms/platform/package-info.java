/**
 * The approvals GitHub and GitLab record for pull and merge requests, read through their REST APIs
 * and written into git as notes under {@code refs/notes/isms-approvals}, so that builds judge
 * approvals offline from the repository alone. One client per platform behind {@link
 * io.github.isms.platform.PlatformClient}; the {@link io.github.isms.platform.ApprovalRecorder}
 * walks the approval branch and writes all notes of a run in one commit, or none.
 */
package io.github.isms.platform;
