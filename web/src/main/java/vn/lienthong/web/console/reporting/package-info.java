/** The console's reports page: reporting regimes, their periods, and each period's obligations with who is late. */
package vn.lienthong.web.console.reporting;
