/**
 * Administrative procedures (thủ tục hành chính) and citizens' dossiers (hồ sơ): the catalogue,
 * intake with its dossier code and due date, the checked state machine with its log, and the
 * hand-over of steps owned by other agencies, and the one-stop statistics. Deadlines come from {@link vn.lienthong.procedure.calendar}.
 */
package vn.lienthong.procedure;
