/**
 * The procedure catalogue over REST: public reading, administrators' changes. Translation only.
 */
package vn.lienthong.web.rest.procedure.catalogue;
