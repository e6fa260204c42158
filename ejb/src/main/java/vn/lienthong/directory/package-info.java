/**
 * The agency directory (danh bạ cơ quan): agency identifier codes of QCVN 102:2016, one canonical
 * name per code, the parent of each unit, and the credential each agency's software signs in with.
 * Every other capability names agencies only through {@link vn.lienthong.directory.AgencyCode}.
 */
package vn.lienthong.directory;
