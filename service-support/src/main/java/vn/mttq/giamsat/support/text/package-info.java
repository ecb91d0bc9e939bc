/**
 * The rules every stored text follows: characters refused at the door, single-line
 * fields, and cells written to spreadsheets.
 */
package vn.mttq.giamsat.support.text;
