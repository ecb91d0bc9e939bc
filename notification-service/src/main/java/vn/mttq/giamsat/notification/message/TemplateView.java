package vn.mttq.giamsat.notification.message;

/**
 * A template as the API shows it.
 *
 * @param language its language
 * @param key its key, e.g. {@code REMINDED.title}
 * @param text the text in use, or kept unused
 * @param shipped the text the service ships with; {@code null} for a wording no notice
 * uses
 * @param changed whether an administrator changed it
 * @param inUse whether a notice uses it; {@code false} for a wording an administrator
 * saved for a kind of notice no longer sent, kept until deleted
 * @param replacedBy for a wording no notice uses, the key used instead, if there is one
 */
record TemplateView(Language language, String key, String text, String shipped, boolean changed, boolean inUse,
		String replacedBy) {

	static TemplateView shipped(Language language, String key, String text, String shipped, boolean changed) {
		return new TemplateView(language, key, text, shipped, changed, true, null);
	}

	static TemplateView unused(Language language, String key, String text) {
		return new TemplateView(language, key, text, null, true, false, TemplateKinds.replacementOf(key));
	}

}
