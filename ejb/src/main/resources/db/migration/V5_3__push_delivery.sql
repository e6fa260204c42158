-- Push delivery: an agency may register an endpoint the hub POSTs each package to. A delivery that
-- is to be pushed carries its push state beside its inbox state, so pull keeps working while a
-- push waits, fails or lies in the dead-letter list.
CREATE TABLE push_endpoint (
    agency_code   VARCHAR(32)   NOT NULL,
    url           VARCHAR(2000) NOT NULL,
    auth_user     VARCHAR(200),
    auth_secret   VARCHAR(400),
    registered_at TIMESTAMP     NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    version_no    BIGINT        NOT NULL,
    CONSTRAINT pk_push_endpoint PRIMARY KEY (agency_code),
    CONSTRAINT fk_push_endpoint_agency FOREIGN KEY (agency_code) REFERENCES agency (code)
);

ALTER TABLE delivery ADD COLUMN push_state VARCHAR(20);
ALTER TABLE delivery ADD COLUMN push_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE delivery ADD COLUMN next_push_at TIMESTAMP;
ALTER TABLE delivery ADD COLUMN last_push_at TIMESTAMP;
ALTER TABLE delivery ADD COLUMN last_push_error VARCHAR(1000);
ALTER TABLE delivery ADD COLUMN pushed_at TIMESTAMP;
CREATE INDEX ix_delivery_push ON delivery (push_state, next_push_at);
