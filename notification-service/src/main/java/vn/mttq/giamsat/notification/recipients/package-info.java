/**
 * Who is told what: the events that concern people, and the rules, kept as data, that
 * name their recipients (NQLT 403 Art. 9.3 for a new item).
 */
package vn.mttq.giamsat.notification.recipients;
