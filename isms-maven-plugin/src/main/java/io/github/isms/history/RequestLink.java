package io.github.isms.history;

/**
 * The pull or merge request a main-line commit came from.
 *
 * @param platform           {@code github} or {@code gitlab}, or null when only the merge message tells
 * @param number             the request's number
 * @param url                its page, from the note or the {@code approval.requestUrl} template; null when unknown
 * @param reviewedHeadKnown  whether the platform said which commit each review was given on; false for GitLab,
 *                           whose approvals are then safe only with "reset approvals on push"
 */
public record RequestLink(String platform, long number, String url, boolean reviewedHeadKnown) {

    /** {@code #42} (GitHub) or {@code !42} (GitLab), as each platform writes its requests. */
    public String label() {
        return ("gitlab".equals(platform) ? "!" : "#") + number;
    }
}
