package vn.mttq.giamsat.recommendation.tracking.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.mttq.giamsat.support.text.SingleLine;

/**
 * An administrator's request to purge a document's content.
 *
 * @param reason why, kept with the document and on the recommendation's history
 */
record PurgeDocument(@NotBlank @Size(max = 500) @SingleLine String reason) {
}
