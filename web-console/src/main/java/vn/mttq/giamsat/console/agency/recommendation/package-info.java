/**
 * The recommendations addressed to the agency (Kiến nghị): the list, overdue first; one
 * item with its letter, due date and how it was computed, documents and history; the
 * answer form; and the documents' downloads, streamed through the console with the
 * person's token.
 */
package vn.mttq.giamsat.console.agency.recommendation;
