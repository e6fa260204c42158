/** The console's directory page: the agencies as a tree by level, search, and changes previewed as the events they will publish. */
package vn.lienthong.web.console.directory;
