/**
 * Verifying the chain: {@code ChainVerifier} walks links and signed heads in sequence order and names
 * the first broken entry; {@code EvidenceVerification} feeds it from the database in pages for
 * administrators; {@code ChainVerifierCommand} does the same offline over JDBC.
 */
package vn.lienthong.evidence.verification;
