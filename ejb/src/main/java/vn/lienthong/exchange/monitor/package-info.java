/**
 * What the administrators' console shows of the exchange as a whole (giám sát trục): traffic per
 * day across every agency. It reads the exchange's repositories and changes nothing.
 */
package vn.lienthong.exchange.monitor;
