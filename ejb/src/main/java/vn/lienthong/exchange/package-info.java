/**
 * The document interconnection axis (trục liên thông văn bản): accepting edXML packages from a
 * sender ({@code submission}), delivering each into its recipients' inboxes through the broker
 * ({@code delivery}, {@code push}), letting recipients fetch and confirm ({@code inbox}), carrying
 * their status reports back ({@code status}, {@code sent}), and the hub's signed receipts
 * ({@code receipt}), and moving packages past their retention period out of the database
 * ({@code retention}); {@code document} holds what they share and {@code edxml} the package format.
 * This root holds only the capability's settings and its data migration (whose class name the
 * schema history records); the exchange never depends on {@code procedure}.
 */
package vn.lienthong.exchange;
