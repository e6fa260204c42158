/**
 * Raising and clearing alerts: the alerts kept as history, and the one transaction that claims a raise
 * or a clear on the rule's version and queues its mail, so two servers never both mail.
 */
package vn.lienthong.alert.raise;
