/**
 * The administrators' console (bảng điều khiển quản trị): Jakarta Faces pages under /console/,
 * in Vietnamese first with an English switch. Backing beans call the capabilities' services and
 * show their {@code *View} records; every action is a POST carrying Faces' view state.
 */
package vn.lienthong.web.console;
