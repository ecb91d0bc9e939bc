package vn.mttq.giamsat.supervision.letter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The request to withdraw one item of a letter.
 *
 * @param reason why, in the official's words; it is published with the withdrawal
 */
record WithdrawItem(@NotBlank @Size(max = 2000) String reason) {
}
