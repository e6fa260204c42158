/**
 * Listings in pieces: numbered pages for short lists (the directory, the catalogue) and cursor slices for
 * long ones (inboxes, sent lists). The types only carry what was asked and what came back; each
 * capability's query fills them.
 */
package vn.lienthong.platform.paging;
