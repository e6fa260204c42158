/**
 * The hub's own key: loaded at start, it signs receipts and directory answers as CMS (with an
 * RFC 3161 timestamp when a TSA answers) and the packages the hub originates. It signs and checks
 * bytes it is handed; what the bytes say is the caller's.
 */
package vn.lienthong.signature.hubkey;
