/**
 * Thời hạn trả lời: the deadline engine. Rules say how many days an agency has to answer
 * which recommendation, counted on the Vietnamese working calendar (weekends, the public
 * holidays of the Labour Code with Tết and Hùng Kings' day computed on the lunar
 * calendar, and the days off and swaps each yearly announcement fixes, kept as data);
 * every computed due date carries an explanation of how it was reached.
 */
package vn.mttq.giamsat.recommendation.deadline;
