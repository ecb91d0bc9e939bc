package vn.mttq.giamsat.recommendation.deadline;

/**
 * One change to a due date after the rule's count, worded in both languages.
 *
 * @param vi in Vietnamese
 * @param en in English
 */
record Adjustment(String vi, String en) {

}
