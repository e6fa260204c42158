package vn.lienthong.exchange.edxml;

/** A recipient named in {@code BussinessDocumentInfo/ReceiverList}. */
public record Receiver(String receiverType, String organId) {
}
