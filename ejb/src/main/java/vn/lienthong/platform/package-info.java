/**
 * What every capability stands on: the business exception hierarchy, the clock, paging, schema
 * migrations and the embedded broker of the default set-up. Nothing here knows about agencies,
 * documents or dossiers.
 */
package vn.lienthong.platform;
