/**
 * The HTTP API of the deadline engine: a due date previewed with its whole explanation,
 * and each year's working calendar.
 */
package vn.mttq.giamsat.recommendation.deadline.web;
