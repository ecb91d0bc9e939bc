/**
 * recommendation-service: the lifecycle of each recommendation (kiến nghị) until it is
 * closed.
 */
package vn.mttq.giamsat.recommendation;
