package io.github.isms.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The note's text: the shared format the history reader parses. */
class RequestNoteTest {

    @Test
    void theNoteIsTwoSpaceIndentedJsonWithTheFormatsKeysInOrderAndAFinalNewline() {
        RequestNote note = new RequestNote(Platform.GITHUB,
                new RequestNote.Request(42, "https://github.com/org/isms/pull/42", "Access control: \"MFA\" for admins",
                        new RequestNote.Account("carol-c", null, null), "3f2c" + "0".repeat(36),
                        new RequestNote.Account("dave-d", "Dave", null), "2026-03-01T10:15:00Z"),
                true,
                List.of(new RequestNote.Approval("bob-b", "Bob Becker", "bob@example.com", "APPROVED", "3f2c" + "0".repeat(36),
                        "2026-03-01T09:00:00Z")));

        assertThat(note.json()).isEqualTo("""
                {
                  "format": "isms-approvals/1",
                  "platform": "github",
                  "request": {
                    "number": 42,
                    "url": "https://github.com/org/isms/pull/42",
                    "title": "Access control: \\"MFA\\" for admins",
                    "author": {
                      "login": "carol-c",
                      "name": null,
                      "email": null
                    },
                    "headCommit": "3f2c000000000000000000000000000000000000",
                    "mergedBy": {
                      "login": "dave-d",
                      "name": "Dave",
                      "email": null
                    },
                    "mergedAt": "2026-03-01T10:15:00Z"
                  },
                  "approvedCommitKnown": true,
                  "approvals": [
                    {
                      "login": "bob-b",
                      "name": "Bob Becker",
                      "email": "bob@example.com",
                      "state": "APPROVED",
                      "commit": "3f2c000000000000000000000000000000000000",
                      "at": "2026-03-01T09:00:00Z"
                    }
                  ]
                }
                """);
    }

    @Test
    void aGitLabNoteWithoutMergerOrApprovalsKeepsEveryKey() {
        RequestNote note = new RequestNote(Platform.GITLAB, new RequestNote.Request(7, "https://gitlab.example.com/g/p/-/merge_requests/7",
                null, null, "a".repeat(40), null, null), false, List.of());

        assertThat(note.json()).contains("\"platform\": \"gitlab\"", "\"title\": null", "\"author\": null",
                "\"mergedBy\": null", "\"mergedAt\": null", "\"approvedCommitKnown\": false", "\"approvals\": []");
    }
}
