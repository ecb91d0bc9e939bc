package vn.mttq.giamsat.notification.message;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * A template text an administrator set in place of the shipped one.
 *
 * @param id the language and the key, e.g. {@code VI:REMINDED.title}
 * @param language the language
 * @param key the template's key
 * @param text the text, with {@code {placeholders}}
 * @param updatedAt when it was set
 * @param updatedBy who set it
 */
@Document("templates")
record TemplateText(@Id String id, Language language, String key, String text, Instant updatedAt,
		RecordedActor updatedBy) {

	static String idOf(Language language, String key) {
		return language.name() + ":" + key;
	}

}
