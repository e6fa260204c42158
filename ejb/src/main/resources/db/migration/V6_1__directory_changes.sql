-- Directory changes clients can follow: every change is a numbered event carrying the agency's
-- state after it. Numbers are handed out under a lock on directory_state, one writer at a time,
-- so a reader that saw event N never later finds an N-1 committed behind its back.
CREATE TABLE directory_state (
    id       INTEGER NOT NULL,
    last_seq BIGINT  NOT NULL,
    CONSTRAINT pk_directory_state PRIMARY KEY (id)
);
INSERT INTO directory_state (id, last_seq) VALUES (1, 0);

CREATE TABLE directory_event (
    seq            BIGINT        NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    agency_code    VARCHAR(32)   NOT NULL,
    name           VARCHAR(400)  NOT NULL,
    parent_code    VARCHAR(32),
    successor_code VARCHAR(32),
    level_no       SMALLINT      NOT NULL,
    active         BOOLEAN       NOT NULL,
    occurred_at    TIMESTAMP     NOT NULL,
    actor          VARCHAR(200)  NOT NULL,
    reason         VARCHAR(1000),
    CONSTRAINT pk_directory_event PRIMARY KEY (seq)
);
CREATE INDEX ix_directory_event_agency ON directory_event (agency_code, seq);

-- One canonical name per code at a time, with the names it had before.
-- from_seq is the directory event that gave the name.
CREATE TABLE agency_name (
    agency_code VARCHAR(32)  NOT NULL,
    from_seq    BIGINT       NOT NULL,
    name        VARCHAR(400) NOT NULL,
    valid_from  TIMESTAMP    NOT NULL,
    valid_to    TIMESTAMP,
    CONSTRAINT pk_agency_name PRIMARY KEY (agency_code, from_seq),
    CONSTRAINT fk_agency_name_agency FOREIGN KEY (agency_code) REFERENCES agency (code)
);

-- A merged (or recoded) agency points at the agency that took over its work.
ALTER TABLE agency ADD COLUMN successor_code VARCHAR(32);
ALTER TABLE agency ADD COLUMN retired_at TIMESTAMP;

-- The code a sender addressed when the hub routed the document to that code's successor.
ALTER TABLE delivery ADD COLUMN routed_from VARCHAR(32);
