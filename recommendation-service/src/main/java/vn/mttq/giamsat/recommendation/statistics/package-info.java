/**
 * Agency statistics (thống kê theo cơ quan): per addressee agency, level of the issuing
 * body and month of issue, how many recommendations were issued, answered, answered on
 * time, resolved, are open or overdue, kept incrementally from
 * {@code recommendation.lifecycle} and exported as JSON or CSV.
 */
package vn.mttq.giamsat.recommendation.statistics;
