/** The console's queues page: every durable queue's failures with re-drive one by one or all at once, and the dead pushes. */
package vn.lienthong.web.console.queue;
