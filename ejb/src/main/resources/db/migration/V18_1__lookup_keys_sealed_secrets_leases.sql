-- Issue 13 (trust): columns that V18_2 and V18_3 (Java, they need code) fill for existing rows.
--
-- The citizens' dossier look-up needs a second factor besides the sequential code: a random key
-- printed on the receipt (V18_2 gives dossiers taken in before it one; V18_4 makes it required).
ALTER TABLE dossier ADD COLUMN lookup_key VARCHAR(16);
-- Push endpoint secrets are kept sealed (AES-GCM) with a key held outside the database
-- (lienthong.secrets.key); V18_3 seals the ones stored in clear and V18_4 drops the clear column.
ALTER TABLE push_endpoint ADD COLUMN auth_secret_sealed VARCHAR(2000);

-- Queue leases: each claim on a row names its holder, and only that holder records the outcome;
-- the version makes the check part of the update (platform.Lease).
ALTER TABLE portal_sync ADD COLUMN lease_holder VARCHAR(36);
ALTER TABLE portal_sync ADD COLUMN version_no BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE feedback_sync ADD COLUMN lease_holder VARCHAR(36);
ALTER TABLE feedback_sync ADD COLUMN version_no BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE handover_outbox ADD COLUMN lease_holder VARCHAR(36);
ALTER TABLE handover_outbox ADD COLUMN version_no BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE delivery ADD COLUMN push_lease_holder VARCHAR(36);

-- Documents change after acceptance only through take-back statuses (13, 15, 16); concurrent
-- answers must not overwrite each other's outcome.
ALTER TABLE document ADD COLUMN version_no BIGINT DEFAULT 0 NOT NULL;
