/**
 * The agency statistics report: the HTTP API that answers, for a period of months, one
 * row of figures per agency and issuing level and their total, ordered and ranked as
 * asked, as JSON pages or one CSV file, read from the year documents (a whole year's
 * total, or the months asked for).
 */
package vn.mttq.giamsat.recommendation.statistics.report;
