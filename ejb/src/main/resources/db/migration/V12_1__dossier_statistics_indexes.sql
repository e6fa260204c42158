-- One-stop statistics (DossierStatistics) read the dossiers that touch a period: received before
-- its end and not closed before its start. For a recent period the second condition is the
-- selective one ("closed_at IS NULL OR closed_at >= start": two ranges of one index); for an old
-- period the first (V10_2's indexes on received_at). Pauses open at the period's end and due
-- dates changed after it are looked up by interval times. EXPLAIN excerpts: docs/benchmarks.md.
CREATE INDEX ix_dossier_closed ON dossier (closed_at);
CREATE INDEX ix_dossier_agency_closed ON dossier (agency_code, closed_at);
CREATE INDEX ix_dossier_interval_ended ON dossier_interval (ended_at);
CREATE INDEX ix_dossier_interval_started ON dossier_interval (started_at);
