/**
 * The live status of recommendation items, followed from {@code recommendation.lifecycle}
 * and counted beside each activity and letter.
 */
package vn.mttq.giamsat.supervision.livestatus;
