/**
 * Per agency: whether it must sign (the signature policy) and which signing certificates belong to
 * it (signer bindings), as administrators registered them. The sample agencies' policies of the
 * development set-up are set here.
 */
package vn.lienthong.signature.policy;
