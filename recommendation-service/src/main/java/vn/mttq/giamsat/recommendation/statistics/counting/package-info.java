/**
 * Counting the lifecycle events into the agency statistics: the consumer of
 * {@code recommendation.lifecycle} in its own group, and the writes that take each item's
 * old contribution back and add its new one, to the item's document and to its year
 * document's counters, once per change even when a batch is interrupted between them.
 */
package vn.mttq.giamsat.recommendation.statistics.counting;
