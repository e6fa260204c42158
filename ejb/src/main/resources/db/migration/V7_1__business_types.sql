-- Business types acted upon (docs/edxml.md): a revoke, update or replace package points at the
-- earlier document it acts on; a delivery the sender revoked before it was fetched is REVOKED;
-- a document follows the take-back exchange (13 from the sender, 15/16 from each recipient).
ALTER TABLE document ADD COLUMN related_document_id VARCHAR(36);
ALTER TABLE document ADD COLUMN related_edxml_document_id VARCHAR(400);
ALTER TABLE document ADD COLUMN take_back_state VARCHAR(20);
ALTER TABLE delivery ADD COLUMN revoked_at TIMESTAMP;
CREATE INDEX ix_document_related ON document (related_document_id);
