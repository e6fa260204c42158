package vn.lienthong.exchange.edxml;

/** The clerk who handled a package at the sending or reporting agency. */
public record StaffInfo(String department, String staff, String mobile, String email) {
}
