/**
 * The document interconnection axis (trục liên thông văn bản): accepting edXML packages from a
 * sender, delivering each into its recipients' inboxes through the broker, letting recipients fetch
 * and confirm, and carrying their status reports back to the sender.
 */
package vn.lienthong.exchange;
