/**
 * Charts drawn on the server as SVG: the geometry here, the drawing in the templates
 * ({@code monitor/charts.html}), the looks in {@code console.css}; each chart has its
 * figures as a table beside it.
 */
package vn.mttq.giamsat.console.monitor.chart;
