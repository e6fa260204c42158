/**
 * Appending to the log: the event kinds, the entry and chain-head rows, {@code EvidenceLog.append} (in the
 * caller's transaction, serialised on the chain head) and {@code RefusalEvidence} (a refusal has no
 * transaction of its own to join).
 */
package vn.lienthong.evidence.log;
