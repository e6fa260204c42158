-- Retention and archive (lưu trữ và hủy, issue 19). A rule per document category says after how many
-- days a package's bytes leave the database and whether they move to the archive store or are purged
-- (exchange.retention.RetentionRule). The category is the edXML DocumentType a package carries:
-- "<Type>.<TypeDetail>", falling back to "<Type>" and then to the rule DEFAULT.
CREATE TABLE retention_rule (
    category    VARCHAR(120)   NOT NULL,
    period_days INTEGER        NOT NULL,
    disposal    VARCHAR(10)    NOT NULL,
    changed_at  TIMESTAMP,
    changed_by  VARCHAR(200),
    version_no  BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_retention_rule PRIMARY KEY (category),
    CONSTRAINT ck_retention_period CHECK (period_days >= 0),
    CONSTRAINT ck_retention_disposal CHECK (disposal IN ('ARCHIVE', 'PURGE'))
);

-- ASSUMPTIONS (docs/operations.md, "Retention"): the archive periods of Vietnamese archives rules
-- (Luật Lưu trữ, Thông tư 10/2022/TT-BNV) are for the agencies' own records and are not in the seeds.
-- The hub is a transport: it keeps a package in the database a year after acceptance, then moves it
-- to the archive store, and purges nothing unless an administrator sets a rule that says so.
INSERT INTO retention_rule (category, period_days, disposal, version_no) VALUES ('DEFAULT', 365, 'ARCHIVE', 0);
INSERT INTO retention_rule (category, period_days, disposal, version_no) VALUES ('1', 365, 'ARCHIVE', 0);
INSERT INTO retention_rule (category, period_days, disposal, version_no) VALUES ('2', 365, 'ARCHIVE', 0);

-- Where a document's package is now, why it left the database, and a legal hold (giữ lại theo yêu cầu
-- pháp lý) that keeps it where it is. Documents accepted before this version have no category: DEFAULT.
ALTER TABLE document ADD COLUMN retention_category VARCHAR(120);
ALTER TABLE document ADD COLUMN package_location VARCHAR(10) DEFAULT 'DATABASE' NOT NULL;
ALTER TABLE document ADD COLUMN disposed_at TIMESTAMP;
ALTER TABLE document ADD COLUMN disposal_rule VARCHAR(200);
ALTER TABLE document ADD COLUMN legal_hold BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE document ADD COLUMN legal_hold_reason VARCHAR(1000);
CREATE INDEX ix_document_retention ON document (package_location, received_at);
