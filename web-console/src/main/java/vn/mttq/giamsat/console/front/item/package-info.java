/**
 * Reviewing an agency's answer or report on one item: the Front's steps, the agency's
 * files (/mat-tran/kien-nghi).
 */
package vn.mttq.giamsat.console.front.item;
