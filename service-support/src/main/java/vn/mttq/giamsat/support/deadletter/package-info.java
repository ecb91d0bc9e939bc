/**
 * Dead-letter operations: every record a consumer rejected is kept with its reason,
 * listed for an operator, and replayed to its original topic once the cause is fixed.
 */
package vn.mttq.giamsat.support.deadletter;
