/**
 * Evidence that stands up later (bằng chứng): the tamper-evident message log (nhật ký chống sửa đổi),
 * a hash chain of every event the hub records for a document, written in the event's own transaction,
 * its head signed and timestamped on a schedule, and the verification that names the first broken
 * entry (docs/evidence.md). It stands on the platform, the directory, the audit log and the signature
 * capability's hub key, below exchange, which calls {@code EvidenceLog.append}.
 */
package vn.lienthong.evidence;
