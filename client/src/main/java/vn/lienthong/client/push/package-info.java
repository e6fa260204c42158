/**
 * Taking packages the hub pushes to an agency's registered endpoint (docs/api.md, "Push delivery"):
 * {@link vn.lienthong.client.push.PushReceiver} checks the call as the hub makes it and stores each
 * document once, however often it is pushed.
 */
package vn.lienthong.client.push;
