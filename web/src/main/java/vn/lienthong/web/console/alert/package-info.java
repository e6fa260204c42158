/** The console's alerts (cảnh báo): the alerts active now, their history, and the rules administrators change. */
package vn.lienthong.web.console.alert;
