/** The console's message monitor: documents of every agency searched, and one document's whole story. */
package vn.lienthong.web.console.message;
