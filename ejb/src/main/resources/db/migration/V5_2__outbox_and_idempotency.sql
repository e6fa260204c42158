-- Deliveries are their own outbox: a delivery still QUEUED some time after its last dispatch is
-- dispatched again (DeliverySweeper), so a node that dies between commit and send loses nothing.
ALTER TABLE delivery ADD COLUMN last_dispatch_at TIMESTAMP;
ALTER TABLE delivery ADD COLUMN dispatch_count INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX ix_delivery_queued ON delivery (state, queued_at);

-- Idempotent submission: a retry with the same Idempotency-Key, or of the same document (sender,
-- edXML DocumentId, business type), gets the first answer instead of creating a second document.
ALTER TABLE document ADD COLUMN idempotency_key VARCHAR(200);
ALTER TABLE document ADD CONSTRAINT uq_document_idempotency_key UNIQUE (sender_code, idempotency_key);
ALTER TABLE document ADD CONSTRAINT uq_document_edxml_id UNIQUE (sender_code, edxml_document_id, business_type);
