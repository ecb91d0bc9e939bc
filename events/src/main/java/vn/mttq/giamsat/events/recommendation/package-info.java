/**
 * Events published by recommendation-service on {@code recommendation.lifecycle}.
 */
package vn.mttq.giamsat.events.recommendation;
