/**
 * The directory: organisations found by name (/mat-tran/danh-ba) and, for the
 * administrator, its import from CSV or XLSX (/mat-tran/nhap-danh-ba).
 */
package vn.mttq.giamsat.console.front.directory;
