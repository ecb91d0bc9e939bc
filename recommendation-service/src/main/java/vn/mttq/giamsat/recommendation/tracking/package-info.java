/**
 * Tracked recommendations: created once from each issued item, then followed through
 * their lifecycle with an append-only history.
 */
package vn.mttq.giamsat.recommendation.tracking;
