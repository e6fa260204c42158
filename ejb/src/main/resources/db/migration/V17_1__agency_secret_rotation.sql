-- Secret rotation: after an agency (or an administrator) sets a new secret, the one it replaces
-- keeps signing in until previous_valid_until, so the agency's software can be updated without
-- an outage. An administrator's reset clears both columns: the old secret stops at once.
ALTER TABLE agency_credential ADD COLUMN previous_secret_hash VARCHAR(200);
ALTER TABLE agency_credential ADD COLUMN previous_valid_until TIMESTAMP;
