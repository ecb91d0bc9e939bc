package vn.mttq.giamsat.notification.message;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.support.security.Actor;

/**
 * Lets an administrator reword the templates of a language: a text replaces the shipped
 * one for its key, after it is checked (a known key, known placeholders, balanced
 * braces), and can be taken back. Every instance reads the changed texts when it renders,
 * so a change holds at once everywhere.
 */
@Service
class TemplateManagement implements TemplateOverrides {

	private final MongoTemplate mongo;

	private final Clock clock;

	TemplateManagement(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public Map<String, String> of(Language language) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (TemplateText text : this.mongo.find(Query.query(Criteria.where("language").is(language)),
				TemplateText.class)) {
			texts.put(text.key(), text.text());
		}
		return texts;
	}

	List<TemplateView> list(Language language, MessageTemplates templates) {
		Map<String, String> changed = of(language);
		return templates.keys(language)
			.stream()
			.map((key) -> new TemplateView(language, key, changed.getOrDefault(key, templates.shipped(language, key)),
					templates.shipped(language, key), changed.containsKey(key)))
			.toList();
	}

	TemplateView set(Language language, String key, String text, Actor actor, MessageTemplates templates) {
		templates.check(language, key, text);
		this.mongo.save(new TemplateText(TemplateText.idOf(language, key), language, key, text, this.clock.instant(),
				actor.recorded()));
		return new TemplateView(language, key, text, templates.shipped(language, key), true);
	}

	void reset(Language language, String key, MessageTemplates templates) {
		templates.shipped(language, key);
		this.mongo.remove(Query.query(Criteria.where("_id").is(TemplateText.idOf(language, key))), TemplateText.class);
	}

}
