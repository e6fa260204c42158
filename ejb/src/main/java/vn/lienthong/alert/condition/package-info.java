/**
 * What the rules watch, measured by one bean per kind of condition, and the evaluator that measures
 * them on this server's timer ({@code lienthong.alert.interval}).
 */
package vn.lienthong.alert.condition;
