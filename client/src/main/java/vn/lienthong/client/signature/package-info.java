/**
 * Signatures: {@link vn.lienthong.client.signature.PackageSigner} signs a package (enveloped XML-DSig,
 * the one shape the hub verifies) with a {@link vn.lienthong.client.signature.SigningKey} from a PKCS#12
 * file or a PKCS#11 token; {@link vn.lienthong.client.signature.PackageVerifier} checks a received
 * package's signature locally; {@link vn.lienthong.client.signature.HubSignatures} checks the hub's
 * signed receipts and directory answers offline. Everything streams: memory does not grow with the package.
 */
package vn.lienthong.client.signature;
