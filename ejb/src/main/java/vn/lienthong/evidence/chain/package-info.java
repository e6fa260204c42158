/**
 * The chain's rules, pure Java and shared by the server and the offline command: the canonical form
 * of an entry ({@code CanonicalEntry}), the link hash ({@code ChainHash}), one link as stored ({@code ChainLink}).
 */
package vn.lienthong.evidence.chain;
