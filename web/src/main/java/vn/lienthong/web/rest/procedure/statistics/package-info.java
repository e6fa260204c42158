/**
 * The one-stop report over REST (period, grouping) as JSON. Translation only.
 */
package vn.lienthong.web.rest.procedure.statistics;
