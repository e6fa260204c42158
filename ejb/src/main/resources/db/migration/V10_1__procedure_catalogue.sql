-- The catalogue of administrative procedures (thủ tục hành chính). "procedure" is a reserved word
-- in several databases, hence procedure_type. Lists are child tables ordered by position.
CREATE TABLE procedure_type (
    code               VARCHAR(40)   NOT NULL,
    name               VARCHAR(1000) NOT NULL,
    field_code         VARCHAR(40)   NOT NULL,
    field_name         VARCHAR(400)  NOT NULL,
    time_amount        INTEGER       NOT NULL,
    time_unit          VARCHAR(20)   NOT NULL,
    pause_allowed      BOOLEAN       NOT NULL,
    pause_effect       VARCHAR(10)   NOT NULL,
    extension_allowed  BOOLEAN       NOT NULL,
    active             BOOLEAN       NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    updated_by         VARCHAR(200)  NOT NULL,
    version_no         BIGINT        NOT NULL,
    CONSTRAINT pk_procedure_type PRIMARY KEY (code)
);

CREATE TABLE procedure_agency (
    procedure_code VARCHAR(40) NOT NULL,
    position       INTEGER     NOT NULL,
    agency_code    VARCHAR(32) NOT NULL,
    CONSTRAINT pk_procedure_agency PRIMARY KEY (procedure_code, position),
    CONSTRAINT fk_procedure_agency FOREIGN KEY (procedure_code) REFERENCES procedure_type (code)
);
CREATE INDEX ix_procedure_agency_agency ON procedure_agency (agency_code);

CREATE TABLE procedure_paper (
    procedure_code VARCHAR(40)   NOT NULL,
    position       INTEGER       NOT NULL,
    name           VARCHAR(1000) NOT NULL,
    originals      INTEGER       NOT NULL,
    copies         INTEGER       NOT NULL,
    CONSTRAINT pk_procedure_paper PRIMARY KEY (procedure_code, position),
    CONSTRAINT fk_procedure_paper FOREIGN KEY (procedure_code) REFERENCES procedure_type (code)
);

CREATE TABLE procedure_fee (
    procedure_code VARCHAR(40)  NOT NULL,
    position       INTEGER      NOT NULL,
    description    VARCHAR(400) NOT NULL,
    amount_vnd     BIGINT       NOT NULL,
    CONSTRAINT pk_procedure_fee PRIMARY KEY (procedure_code, position),
    CONSTRAINT fk_procedure_fee FOREIGN KEY (procedure_code) REFERENCES procedure_type (code)
);

-- owner_code NULL: the step belongs to the agency that received the dossier.
CREATE TABLE procedure_step (
    procedure_code VARCHAR(40)  NOT NULL,
    position       INTEGER      NOT NULL,
    name           VARCHAR(400) NOT NULL,
    owner_code     VARCHAR(32),
    CONSTRAINT pk_procedure_step PRIMARY KEY (procedure_code, position),
    CONSTRAINT fk_procedure_step FOREIGN KEY (procedure_code) REFERENCES procedure_type (code)
);
