/**
 * The LienThong client for agency software (docs/client.md): build and sign edXML packages
 * ({@code edxml}, {@code signature}), talk to the hub over REST v1 ({@code http}), keep a copy of the
 * directory ({@code directory}) and take pushed packages ({@code push}); {@code cli} is the
 * {@code lienthong} command line over the same classes. JDK, BouncyCastle and JSON-P only.
 */
package vn.lienthong.client;
