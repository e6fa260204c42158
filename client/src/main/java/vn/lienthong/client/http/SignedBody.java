package vn.lienthong.client.http;

/** An answer the hub signs (directory snapshot and changes): the exact body bytes and its {@code Lienthong-Signature}. */
public record SignedBody(byte[] body, String signature) {
}
