-- After V18_2 gave every dossier a look-up key and V18_3 sealed every push secret (see V18_1).
ALTER TABLE dossier ALTER COLUMN lookup_key ${set_not_null};
ALTER TABLE push_endpoint DROP COLUMN auth_secret;
