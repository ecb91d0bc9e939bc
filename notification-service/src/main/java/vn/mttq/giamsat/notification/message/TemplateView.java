package vn.mttq.giamsat.notification.message;

/**
 * A template as the API shows it.
 *
 * @param language its language
 * @param key its key, e.g. {@code REMINDED.title}
 * @param text the text in use
 * @param shipped the text the service ships with
 * @param changed whether an administrator changed it
 */
record TemplateView(Language language, String key, String text, String shipped, boolean changed) {
}
