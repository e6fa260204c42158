/**
 * The alert rules: one per kind of condition, with the threshold, switch and recipients administrators
 * set, and the pointer to the rule's active alert through which servers agree who raises and clears it.
 */
package vn.lienthong.alert.rule;
