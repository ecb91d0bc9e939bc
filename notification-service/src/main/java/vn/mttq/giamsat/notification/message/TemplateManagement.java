package vn.mttq.giamsat.notification.message;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.notification.cache.ReadCaches;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.Actor;

/**
 * Lets an administrator reword the templates of a language: a text replaces the shipped
 * one for its key, after it is checked (a kind of notice that is sent and known
 * placeholders with balanced braces with the request, then a known key), and can be taken
 * back. A wording saved for a kind no longer sent ({@code ISSUED}, {@code WITHDRAWN}) is
 * kept as it was, not moved to the key used instead: it is listed as unused, and logged
 * at start, until an administrator deletes it. Notices are rendered from the changed
 * texts as cached ({@link ReadCaches}): a change holds at once on the instance that saved
 * it and within the cache's time to live on the others; the list of templates reads them
 * as stored.
 */
@Service
class TemplateManagement implements TemplateOverrides {

	private static final Logger log = LoggerFactory.getLogger(TemplateManagement.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ObjectProvider<MessageTemplates> templates;

	private final Cache<Language, Map<String, String>> changed;

	TemplateManagement(MongoTemplate mongo, Clock clock, ObjectProvider<MessageTemplates> templates,
			ReadCaches caches) {
		this.mongo = mongo;
		this.clock = clock;
		this.templates = templates;
		this.changed = caches.named("notification.templates");
	}

	@Override
	public Map<String, String> of(Language language) {
		return this.changed.get(language, this::stored);
	}

	private Map<String, String> stored(Language language) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (TemplateText text : this.mongo.find(Query.query(Criteria.where("language").is(language)),
				TemplateText.class)) {
			texts.put(text.key(), text.text());
		}
		return Collections.unmodifiableMap(texts);
	}

	/**
	 * The templates of a language, each with its shipped text; then the wordings saved
	 * for keys no notice uses (a kind no longer sent), flagged with the key used instead,
	 * so an administrator sees them, rewords that key and deletes them.
	 */
	List<TemplateView> list(Language language, MessageTemplates templates) {
		Map<String, String> changed = stored(language);
		List<String> keys = templates.keys(language);
		List<TemplateView> views = new ArrayList<>(keys.stream()
			.map((key) -> TemplateView.shipped(language, key,
					changed.getOrDefault(key, templates.shipped(language, key)), templates.shipped(language, key),
					changed.containsKey(key)))
			.toList());
		changed.forEach((key, text) -> {
			if (!keys.contains(key)) {
				views.add(TemplateView.unused(language, key, text));
			}
		});
		return views;
	}

	TemplateView set(Language language, String key, String text, Actor actor, MessageTemplates templates) {
		templates.shipped(language, key);
		this.mongo.save(new TemplateText(TemplateText.idOf(language, key), language, key, text, this.clock.instant(),
				actor.recorded()));
		this.changed.invalidate(language);
		return TemplateView.shipped(language, key, text, templates.shipped(language, key), true);
	}

	/**
	 * Takes back a changed wording: the shipped one holds again, or, for a key no notice
	 * uses, the saved wording is gone.
	 * @throws ResourceNotFoundException if the key is neither shipped nor saved
	 */
	void reset(Language language, String key, MessageTemplates templates) {
		long removed = this.mongo
			.remove(Query.query(Criteria.where("_id").is(TemplateText.idOf(language, key))), TemplateText.class)
			.getDeletedCount();
		this.changed.invalidate(language);
		if (removed == 0) {
			templates.shipped(language, key);
		}
	}

	/**
	 * Warns at start of the wordings saved for keys no notice uses, which an
	 * administrator sees flagged in the list of templates.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warnOfUnusedWordings() {
		for (TemplateText text : this.mongo.findAll(TemplateText.class)) {
			if (this.templates.getObject().keys(text.language()).contains(text.key())) {
				continue;
			}
			log.warn(
					"The {} template '{}' an administrator saved is used by no notice{}; it is listed as unused "
							+ "under /api/v1/templates/{} until deleted",
					text.language(), text.key(),
					(TemplateKinds.replacementOf(text.key()) != null)
							? " (" + TemplateKinds.replacementOf(text.key()) + " is used instead)" : "",
					text.language().name().toLowerCase(Locale.ROOT));
		}
	}

}
