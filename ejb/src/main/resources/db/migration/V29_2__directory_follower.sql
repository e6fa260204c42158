-- Federation, the directory across hubs (issue 18, docs/federation.md): how far a provincial
-- instance has followed its upstream's directory change feed. One row: the upstream followed, the
-- last event applied (null until the first snapshot), and what the last rounds did, so a restart
-- resumes where the last committed page ended and an operator sees a feed that stopped.
CREATE TABLE directory_follower (
    id            INTEGER       NOT NULL,
    upstream_code VARCHAR(32),
    cursor_seq    BIGINT,
    last_success  TIMESTAMP,
    last_attempt  TIMESTAMP,
    last_error    VARCHAR(1000),
    failures      INTEGER       NOT NULL,
    next_attempt  TIMESTAMP,
    applied       BIGINT        NOT NULL,
    CONSTRAINT pk_directory_follower PRIMARY KEY (id)
);
INSERT INTO directory_follower (id, failures, applied) VALUES (1, 0, 0);
