/**
 * Official documents (văn bản hành chính) in the Front's format: one model of a document
 * (letterhead, title, body, numbered items, tables, recipients, signature) written as
 * DOCX and as PDF from the same lines, and the recommendation letter as such a document.
 */
package vn.mttq.giamsat.supervision.paper;
