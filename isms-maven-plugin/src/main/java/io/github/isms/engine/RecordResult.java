package io.github.isms.engine;

import io.github.isms.check.CheckResult;
import io.github.isms.platform.ApprovalRecorder.Recording;
import java.util.Optional;

/**
 * What isms:record-approvals did.
 *
 * @param check     the loaded project and the run's diagnostics; the notes say what was recorded
 * @param recording what was noted and what not; empty when the run failed and wrote nothing
 */
public record RecordResult(CheckResult check, Optional<Recording> recording) {
}
