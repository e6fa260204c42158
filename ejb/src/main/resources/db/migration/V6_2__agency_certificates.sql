-- Client certificates registered to agencies: mutual-TLS sign-in maps a certificate to its agency
-- by the SHA-256 fingerprint of the certificate's DER encoding.
CREATE TABLE agency_certificate (
    fingerprint   VARCHAR(64)   NOT NULL,
    agency_code   VARCHAR(32)   NOT NULL,
    subject       VARCHAR(1000) NOT NULL,
    issuer        VARCHAR(1000) NOT NULL,
    not_after     TIMESTAMP     NOT NULL,
    registered_at TIMESTAMP     NOT NULL,
    registered_by VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_agency_certificate PRIMARY KEY (fingerprint),
    CONSTRAINT fk_agency_certificate_agency FOREIGN KEY (agency_code) REFERENCES agency (code)
);
CREATE INDEX ix_agency_certificate_agency ON agency_certificate (agency_code);
