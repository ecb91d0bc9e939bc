/**
 * The Front official's pages (Mặt trận), under {@code /mat-tran}.
 */
package vn.mttq.giamsat.console.front;
