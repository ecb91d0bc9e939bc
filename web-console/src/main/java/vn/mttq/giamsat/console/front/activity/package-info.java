/**
 * Recording an activity of the Front body and its page, with the NQLT 403 date warnings
 * (/mat-tran/hoat-dong).
 */
package vn.mttq.giamsat.console.front.activity;
