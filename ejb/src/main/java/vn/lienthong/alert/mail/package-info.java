/**
 * Alert mail (Jakarta Mail on Liberty's {@code mail-2.1}): the SMTP settings from server variables, the
 * text in Vietnamese and English, and the sender of the durable queue {@code alert-mail}.
 */
package vn.lienthong.alert.mail;
