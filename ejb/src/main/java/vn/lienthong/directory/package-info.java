/**
 * The agency directory (danh bạ cơ quan): the agencies with their QCVN 102:2016 codes, names and
 * parents ({@code agency}), how their software signs in ({@code credential}), and the administrators'
 * changes with the numbered change log clients keep in step with ({@code change}).
 * Every other capability names agencies only through {@link vn.lienthong.directory.agency.AgencyCode},
 * and the directory depends on no other capability.
 */
package vn.lienthong.directory;
