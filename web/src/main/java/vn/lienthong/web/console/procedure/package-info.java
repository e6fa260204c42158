/** The console's dossiers and feedback page: overdue work per agency, feedback waiting for routing, the national portal's synchronisation. */
package vn.lienthong.web.console.procedure;
