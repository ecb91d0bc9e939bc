/**
 * Yearly plans of supervision and social criticism (NQLT 403 Art. 3), which activities
 * name.
 */
package vn.mttq.giamsat.supervision.plan;
