package vn.lienthong.evidence.bundle;

/** A document's chain proof and the signed head it ends at, as the hub key signed it (CMS, DER, with its RFC 3161 token when timestamped). */
public record DocumentProof(ChainProof proof, byte[] headCms) {
}
