/**
 * The administrator's dead letters of each service, under {@code /tong-quan/ban-tin-loi}.
 */
package vn.mttq.giamsat.console.monitor.deadletter;
