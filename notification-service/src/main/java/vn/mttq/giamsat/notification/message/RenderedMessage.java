package vn.mttq.giamsat.notification.message;

/**
 * The text of one notification.
 *
 * @param language the language it is written in
 * @param title the one-line subject
 * @param body the full text
 * @param link where the item can be seen
 */
public record RenderedMessage(Language language, String title, String body, String link) {
}
