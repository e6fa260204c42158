/**
 * What one client may ask of the hub before it is told to wait or to send less: allowances of
 * requests to the public endpoints, counted per client address, and the largest JSON body each
 * operation reads.
 */
package vn.lienthong.web.limit;
