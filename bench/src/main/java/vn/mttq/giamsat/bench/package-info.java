/**
 * The benchmark: the pipeline measured against the broker's and the database's raw limits
 * on the same machine, and against a BPMN engine doing the same job.
 */
package vn.mttq.giamsat.bench;
