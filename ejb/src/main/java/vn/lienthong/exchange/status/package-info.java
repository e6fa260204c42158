/**
 * Business statuses (01–06) that recipients report about documents they received, as status
 * packages of their own: checked, judged by their signature, recorded, and announced to other
 * capabilities by a {@link vn.lienthong.exchange.status.StatusRecorded} event. Take-back answers
 * (13, 15, 16) are recorded here too.
 */
package vn.lienthong.exchange.status;
