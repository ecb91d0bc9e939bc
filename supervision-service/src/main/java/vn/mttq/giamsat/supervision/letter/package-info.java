/**
 * Recommendation letters (văn bản kiến nghị) and their items, each addressed to one
 * agency and published as a {@code RecommendationIssued} event through the letter's
 * outbox.
 */
package vn.mttq.giamsat.supervision.letter;
