/**
 * Issuing a letter (rows added and removed without JavaScript, a preview of each item's
 * due date) and its page with the official document and the signed scan.
 */
package vn.mttq.giamsat.console.front.letter;
