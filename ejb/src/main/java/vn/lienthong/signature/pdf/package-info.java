/**
 * Signatures inside PDF attachments (chữ ký số trên tệp PDF): each signature dictionary verified
 * and reported, never a reason to refuse the package. Their results are kept per document.
 */
package vn.lienthong.signature.pdf;
