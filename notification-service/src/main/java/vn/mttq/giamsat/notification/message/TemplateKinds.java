package vn.mttq.giamsat.notification.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.mttq.giamsat.notification.recipients.RecipientRules;
import vn.mttq.giamsat.support.domain.Phrase;

/**
 * Which kinds of notice a template key may be for: the first part of the key is a kind
 * the service tells (a lifecycle step) or a part every kind shares ({@code closure},
 * {@code line}, {@code digest}). {@code ISSUED} and {@code WITHDRAWN} were kinds once;
 * their notices now come from {@code TRACKED} and {@code CLOSED.WITHDRAWN}, so a wording
 * saved for them is used by nothing.
 */
final class TemplateKinds {

	/** The parts of messages every kind shares. */
	static final List<String> SHARED = List.of("closure", "line", "digest");

	/** The kinds no notice is sent for any more, and the key part used instead. */
	private static final Map<String, String> REPLACED = Map.of("ISSUED", "TRACKED", "WITHDRAWN", "CLOSED.WITHDRAWN");

	private TemplateKinds() {
	}

	/**
	 * Tells what is wrong with the kind a template key is for, the key alone.
	 * @param key the key, e.g. {@code REMINDED.title}
	 * @return what it must be, said of the key, or empty if its kind is sent
	 */
	static Optional<Phrase> problemWith(String key) {
		String kind = kindOf(key);
		if (RecipientRules.KINDS.contains(kind) || SHARED.contains(kind)) {
			return Optional.empty();
		}
		String allowed = String.join(", ", allowed());
		String replacement = replacementOf(key);
		return Optional.of((replacement != null) ? Phrase.of("template.kind.replaced",
				"must start with a kind of notice that is sent: {0} notices are no longer sent, {1} is used instead; "
						+ "the kinds are {2}",
				kind, replacement, allowed)
				: Phrase.of("template.kind.unknown",
						"must start with a kind of notice that is sent, not {0}; the kinds are {1}", kind, allowed));
	}

	/**
	 * The key used in place of a key of a kind no longer sent.
	 * @param key the key, e.g. {@code ISSUED.COPY.title}
	 * @return the key used instead, e.g. {@code TRACKED.COPY.title}, or {@code null}
	 */
	static String replacementOf(String key) {
		String replacement = REPLACED.get(kindOf(key));
		return (replacement != null) ? replacement + key.substring(kindOf(key).length()) : null;
	}

	private static List<String> allowed() {
		List<String> allowed = new ArrayList<>(RecipientRules.KINDS);
		allowed.addAll(SHARED);
		return allowed;
	}

	private static String kindOf(String key) {
		int dot = key.indexOf('.');
		return (dot >= 0) ? key.substring(0, dot) : key;
	}

}
