/** The console's first page: the axis's traffic per day, signatures, queues and who is failing, at a glance. */
package vn.lienthong.web.console.dashboard;
