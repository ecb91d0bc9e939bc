/**
 * The work report of the Front body for a period, in words and as files
 * (/mat-tran/bao-cao).
 */
package vn.mttq.giamsat.console.front.report;
