package vn.lienthong.exchange.submission;

import vn.lienthong.exchange.receipt.SignedReceiptView;
import vn.lienthong.signature.verification.PackageSignatureView;

import java.util.Objects;
import java.util.Optional;

/**
 * The whole answer to an agency that sent a package, the same over REST and SOAP: the receipt, what
 * the hub found about the package's signatures, and the acceptance receipt the hub signed (absent
 * when it could not be made now: the document is accepted either way, and the sender fetches the
 * signed receipt later from {@code /api/v1/receipts/{documentId}}).
 */
public record SubmissionAnswer(SubmissionReceipt receipt, Optional<PackageSignatureView> signature,
                               Optional<SignedReceiptView> signedReceipt) {

    public SubmissionAnswer {
        Objects.requireNonNull(receipt);
        Objects.requireNonNull(signature);
        Objects.requireNonNull(signedReceipt);
    }
}
