/** The hub's batch jobs' executions on the wire, whichever capability's job they are. */
package vn.lienthong.web.rest.jobs;
