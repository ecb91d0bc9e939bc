package vn.mttq.giamsat.supervision.activity;

/**
 * A legal check the activity fails, shown on it and never silently dropped.
 *
 * @param code a stable code, e.g. {@code NOTICE_TOO_LATE}
 * @param field the step concerned, e.g. {@code delegation.noticeDate}
 * @param message what is wrong, in Vietnamese
 * @param legalBasis the provision, e.g. {@code NQLT 403/2017, Điều 7.3}
 */
public record ActivityWarning(String code, String field, String message, String legalBasis) {
}
