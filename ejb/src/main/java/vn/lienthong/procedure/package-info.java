/**
 * Administrative procedures (thủ tục hành chính) and citizens' dossiers (hồ sơ): the catalogue
 * ({@code catalogue}), intake and the checked state machine with its log ({@code dossier}), the
 * hand-over of steps owned by other agencies ({@code handover}), synchronisation with the national
 * portal ({@code portal}), the one-stop statistics ({@code statistics}), citizen feedback
 * ({@code feedback}) and deadlines ({@code calendar}). This root holds the row type the procedure
 * queues share, the columns the state-change logs of dossiers and feedback share ({@code LogLine}),
 * and a data migration (whose class name the schema history records).
 */
package vn.lienthong.procedure;
