/**
 * Alerts (cảnh báo): rules with thresholds that administrators set, an evaluator that raises an
 * alert once when a rule's condition holds and clears it once when it stops, and the mail that tells
 * the rule's recipients, sent through the durable queue. It reads every capability's figures (queues,
 * certificates, portal sync, reports) and nothing reads it but the web layer.
 */
package vn.lienthong.alert;
