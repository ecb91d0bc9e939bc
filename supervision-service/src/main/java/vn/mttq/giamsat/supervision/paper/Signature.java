package vn.mttq.giamsat.supervision.paper;

/**
 * The signature block (Decree 30/2020 Appendix I): on behalf of whom, the position, and
 * the signer's name when the record holds it; space for the signature and the stamp is
 * left between.
 *
 * @param capacity "TM. BAN THƯỜNG TRỰC"
 * @param position "CHỦ TỊCH"
 * @param signer the signer's name, or {@code null} to leave the space for it
 */
public record Signature(String capacity, String position, String signer) {
}
