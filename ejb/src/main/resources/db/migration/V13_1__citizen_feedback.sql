-- Citizen feedback (phản ánh, kiến nghị): submitted by citizens, routed to the responsible agency,
-- answered and published. The contact columns are personal data and never leave the hub.
CREATE TABLE citizen_feedback (
    code               VARCHAR(40)   NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    state              VARCHAR(20)   NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    content            VARCHAR(4000) NOT NULL,
    dossier_code       VARCHAR(60),
    procedure_code     VARCHAR(40),
    agency_code        VARCHAR(32),
    sender_name        VARCHAR(200)  NOT NULL,
    sender_email       VARCHAR(200),
    sender_phone       VARCHAR(40),
    sender_address     VARCHAR(500),
    answer             VARCHAR(4000),
    answered_by        VARCHAR(200),
    answered_at        TIMESTAMP,
    published_title    VARCHAR(300),
    published_question VARCHAR(4000),
    published_at       TIMESTAMP,
    submitted_at       TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    event_count        INTEGER       NOT NULL,
    version_no         BIGINT        NOT NULL,
    CONSTRAINT pk_citizen_feedback PRIMARY KEY (code)
);
-- An agency's work list, the administrators' routing list, the public list of answers.
CREATE INDEX ix_feedback_agency_state ON citizen_feedback (agency_code, state);
CREATE INDEX ix_feedback_state_submitted ON citizen_feedback (state, submitted_at);
CREATE INDEX ix_feedback_published ON citizen_feedback (published_at);

CREATE TABLE citizen_feedback_event (
    feedback_code VARCHAR(40)   NOT NULL,
    seq           INTEGER       NOT NULL,
    occurred_at   TIMESTAMP     NOT NULL,
    actor         VARCHAR(200)  NOT NULL,
    actor_agency  VARCHAR(32),
    action        VARCHAR(20)   NOT NULL,
    from_state    VARCHAR(20),
    to_state      VARCHAR(20)   NOT NULL,
    agency_code   VARCHAR(32),
    reason        VARCHAR(2000),
    CONSTRAINT pk_citizen_feedback_event PRIMARY KEY (feedback_code, seq)
);

-- The publication of an answer on its way to the national portal: written in the publishing
-- transaction, sent by FeedbackRelay with the portal's backoff (same shape as portal_sync).
CREATE TABLE feedback_sync (
    feedback_code   VARCHAR(40)    NOT NULL,
    seq             INTEGER        NOT NULL,
    payload         VARCHAR(16000) NOT NULL,
    state           VARCHAR(10)    NOT NULL,
    attempts        INTEGER        NOT NULL,
    next_attempt_at TIMESTAMP      NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP      NOT NULL,
    sent_at         TIMESTAMP,
    CONSTRAINT pk_feedback_sync PRIMARY KEY (feedback_code, seq)
);
CREATE INDEX ix_feedback_sync_due ON feedback_sync (state, next_attempt_at);
