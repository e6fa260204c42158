/**
 * The audit log (nhật ký quản trị): who did which administrative action, when, on what, with the
 * target's state before and after, written in the transaction of the action itself. It stands on the
 * platform alone, below every capability whose administration it records ({@code AuditTrail}), and
 * answers administrators' searches ({@code AuditService}).
 */
package vn.lienthong.audit;
