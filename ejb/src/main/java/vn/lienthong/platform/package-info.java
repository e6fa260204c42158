/**
 * What every capability stands on: the business exception hierarchy and its roll-back rule, retries
 * of colliding updates and bounded in-memory state here; clock and durations ({@code time}), paging,
 * texts, digests and sealed secrets ({@code crypto}), the queues' lease rule ({@code outbox}), schema
 * migrations, the embedded broker ({@code messaging}) and the start-up safeguards in sub-packages.
 * Nothing here knows about agencies, documents or dossiers, and no class here imports a capability.
 */
package vn.lienthong.platform;
