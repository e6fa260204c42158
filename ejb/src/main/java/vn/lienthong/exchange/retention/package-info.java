/**
 * Retention (lưu trữ và hủy, issue 19): rules per document category saying after how many days a
 * package leaves the database and whether it moves to the archive store or is purged, legal holds that
 * keep a document where it is, and the Jakarta Batch job ({@code package-retention}) that applies them,
 * announcing each move with a {@link vn.lienthong.exchange.retention.PackageArchived} or
 * {@link vn.lienthong.exchange.retention.PackagePurged} event in the transaction that makes it.
 */
package vn.lienthong.exchange.retention;
