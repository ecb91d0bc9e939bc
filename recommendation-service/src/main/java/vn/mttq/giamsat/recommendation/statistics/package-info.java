/**
 * Agency statistics (thống kê theo cơ quan): per addressee agency, level of the issuing
 * body and month of issue, how many recommendations were issued, answered, answered on
 * time, resolved, are open or overdue, kept incrementally from
 * {@code recommendation.lifecycle} and exported as JSON or CSV. This package holds what
 * its sub-packages share: what is stored (each item's counted state, each agency's year
 * document of counters) and how a group's counters add up and read as figures;
 * {@code counting} keeps them from the events, {@code report} answers from them, and
 * {@code migration} brings the documents of earlier versions up to date at start-up.
 */
package vn.mttq.giamsat.recommendation.statistics;
