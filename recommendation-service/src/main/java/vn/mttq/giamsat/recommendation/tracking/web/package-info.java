/**
 * The HTTP API of tracked recommendations: the list and one item with their views, and
 * the steps people take.
 */
package vn.mttq.giamsat.recommendation.tracking.web;
