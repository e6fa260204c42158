/**
 * The administration of every durable queue over REST ({@code /api/v1/admin/queues}). Translation only.
 */
package vn.lienthong.web.rest.queue;
