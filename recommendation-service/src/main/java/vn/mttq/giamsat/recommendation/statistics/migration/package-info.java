/**
 * The start-up steps that bring the statistics stored by earlier versions up to date,
 * each run by one instance at a time under a lease: the monthly buckets folded into the
 * year documents, and the year documents given their year's total.
 */
package vn.mttq.giamsat.recommendation.statistics.migration;
