/**
 * Recording to the log: the event kinds, {@code EvidenceLog.append} (pending entries in the caller's
 * transaction, no hub-wide lock) and {@code RefusalEvidence} (a refusal has no transaction of its own to
 * join); sealing them into the chain ({@code EvidenceSealer}, one batch per transaction under the chain
 * head's lock, signalled after each commit and by a sweep); the entry and chain-head rows.
 */
package vn.lienthong.evidence.log;
