/**
 * Health checks.
 */
package vn.mttq.giamsat.support.health;
