/**
 * The directory import's HTTP API and its jobs: a CSV or XLSX file is imported in the
 * background on a bounded executor, its state stored in MongoDB so that any instance
 * answers for it, cancellable between two batches of rows.
 */
package vn.mttq.giamsat.supervision.organisation.importing.job;
