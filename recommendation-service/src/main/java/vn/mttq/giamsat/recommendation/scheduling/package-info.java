/**
 * The lifecycle scheduler: one pass at a time across all instances (a lease in the
 * database), catching up after downtime.
 */
package vn.mttq.giamsat.recommendation.scheduling;
