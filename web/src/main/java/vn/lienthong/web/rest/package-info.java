/**
 * The REST API's root and what every resource shares: the signed-in caller, cursors, number and
 * time parameters. Resources live in sub-packages mirroring the capabilities.
 */
package vn.lienthong.web.rest;
