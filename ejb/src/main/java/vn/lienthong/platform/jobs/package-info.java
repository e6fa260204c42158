/**
 * The hub's long jobs (retention, report pre-fill) as Jakarta Batch jobs (batch-2.1): starting, reading,
 * stopping and restarting their executions through the runtime's JobOperator, once for every job.
 * Their job repository is the application's database, so runs survive restarts and show in Admin
 * Center's Java Batch tool.
 */
package vn.lienthong.platform.jobs;
