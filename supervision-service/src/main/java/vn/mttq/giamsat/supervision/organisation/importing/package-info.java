/**
 * Nhập danh bạ: bulk import of units and organisations from JSON, CSV or XLSX files,
 * whole or not at all, checked in time linear in the file's rows, and the start-up seed.
 */
package vn.mttq.giamsat.supervision.organisation.importing;
