-- Report pre-fill (điền sẵn số liệu báo cáo, issue 19: long jobs as Jakarta Batch jobs). Once a period's data
-- window has closed, the job report-prefill fixes the hub's figures of each reporter's computed indicators
-- (reporting.prefill), so that every reporter confirms, and the checks compare against, the same figures.
CREATE TABLE prefill_figure (
    obligation_id  BIGINT         NOT NULL,
    indicator_code VARCHAR(64)    NOT NULL,
    figure         DECIMAL(28, 6),
    computed_at    TIMESTAMP      NOT NULL,
    CONSTRAINT pk_prefill_figure PRIMARY KEY (obligation_id, indicator_code),
    CONSTRAINT fk_prefill_figure_obligation FOREIGN KEY (obligation_id) REFERENCES report_obligation (id)
);

-- The last pre-fill run of each period (claimed before the job starts, so two servers never start one for the
-- same period); final_run_at: when the run that started after the period's data window closed started (null
-- while none has), so the schedule is done with the period. The execution id names the run in the job repository (BATCH_ tables).
CREATE TABLE prefill_run (
    period_id    VARCHAR(36)  NOT NULL,
    execution_id BIGINT,
    started_at   TIMESTAMP    NOT NULL,
    started_by   VARCHAR(200) NOT NULL,
    final_run_at TIMESTAMP,
    CONSTRAINT pk_prefill_run PRIMARY KEY (period_id),
    CONSTRAINT fk_prefill_run_period FOREIGN KEY (period_id) REFERENCES report_period (id)
);
