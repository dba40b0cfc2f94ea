package io.rapport.teams;

/** What the Teams adapter reports, for metrics. */
public interface TeamsListener {

    /** {@code outcome}: sent, updated, retried, failed, blocked, duplicate; {@code detail}: a status or reason. */
    void send(String outcome, String detail);

    /** An inbound activity and how it was answered (HTTP status). */
    void inbound(String type, int status);

    TeamsListener NONE = new TeamsListener() {
        @Override
        public void send(String outcome, String detail) {
        }

        @Override
        public void inbound(String type, int status) {
        }
    };
}
