/**
 * Status packages over REST: a recipient posts one, the hub answers with the recorded status. Translation only.
 */
package vn.lienthong.web.rest.exchange.status;
