/**
 * The monitor's and the administrator's pages (Tổng quan), under {@code /tong-quan}.
 */
package vn.mttq.giamsat.console.monitor;
