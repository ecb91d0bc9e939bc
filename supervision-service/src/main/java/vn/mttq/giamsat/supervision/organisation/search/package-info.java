/**
 * Tìm kiếm danh bạ: the folded search key stored on organisations and administrative
 * units (lower case, without diacritics, {@code đ} read as {@code d}, with the usual
 * abbreviations of official names), the matching of a typed query against it, and the
 * start-up migration that fills it on documents stored before it existed.
 */
package vn.mttq.giamsat.supervision.organisation.search;
