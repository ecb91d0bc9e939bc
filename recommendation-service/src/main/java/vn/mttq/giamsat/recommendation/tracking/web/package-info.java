/**
 * The HTTP API of tracked recommendations: the list and one item with their views, and
 * the steps people take, and the files kept with them (the agency's reply and evidence).
 */
package vn.mttq.giamsat.recommendation.tracking.web;
