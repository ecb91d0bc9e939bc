/**
 * Supervision activities: who supervises whom, in which form, at which level and when.
 */
package vn.mttq.giamsat.supervision.activity;
