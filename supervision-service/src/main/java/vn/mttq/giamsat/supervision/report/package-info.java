/**
 * The Front's work report: activities by kind, level and form, dialogues, recommendations
 * and what became of them, for a body and the bodies under it, as JSON, CSV, XLSX or a
 * Vietnamese paragraph.
 */
package vn.mttq.giamsat.supervision.report;
