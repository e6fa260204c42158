package vn.lienthong.web.rest.directory;

/**
 * An administrator's request body for directory changes. Which fields count depends on the
 * operation: code/name/parentCode/secret to add, name to rename, parentCode to move, into to merge;
 * reason is kept with the event.
 */
public record AgencyChangeJson(String code, String name, String parentCode, String secret, String into, String reason) {
}
