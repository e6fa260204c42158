-- One meaning per package (docs/reliability.md, "Retrying is safe"). A retry is the same bytes
-- (or the same Idempotency-Key): identical bytes from one sender are one submission. A DocumentId
-- is claimed once per sender and business type (document_key): another package under it is
-- refused, not dropped as a replay. Updates claim none (one document may be updated many times),
-- nor do packages without a DocumentId, which no longer share one made-up id.
ALTER TABLE document ADD COLUMN document_key VARCHAR(400);
UPDATE document SET document_key = edxml_document_id WHERE business_type <> 2;
-- Ids the hub made up for packages without DocumentId, promulgation date or number: '{sender},,' and the like.
UPDATE document SET document_key = NULL WHERE edxml_document_id LIKE '%,,%' OR edxml_document_id LIKE '%,';
ALTER TABLE document DROP CONSTRAINT uq_document_edxml_id;
ALTER TABLE document ADD CONSTRAINT uq_document_key UNIQUE (sender_code, document_key, business_type);
ALTER TABLE document ADD CONSTRAINT uq_document_bytes UNIQUE (sender_code, sha256);
