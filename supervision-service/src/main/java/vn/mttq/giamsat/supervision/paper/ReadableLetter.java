package vn.mttq.giamsat.supervision.paper;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.supervision.letter.LetterItem;
import vn.mttq.giamsat.supervision.letter.RecommendationLetter;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.security.Actor;

/**
 * A letter as its reader may read it, with the same rule as the letter's own API: the
 * Front reads the whole letter, an agency officer only a letter with an item addressed or
 * copied to their agency, and only those items; anyone else finds nothing.
 *
 * @param letter the letter
 * @param items the items the reader may read
 */
record ReadableLetter(RecommendationLetter letter, List<LetterItem> items) {

	/**
	 * Finds letters for their readers.
	 */
	@Component
	static class Finder {

		private final MongoTemplate mongo;

		Finder(MongoTemplate mongo) {
			this.mongo = mongo;
		}

		ReadableLetter get(String activityId, String letterId, Actor actor) {
			Optional<RecommendationLetter> found = Optional
				.ofNullable(this.mongo.findById(letterId, RecommendationLetter.class))
				.filter((letter) -> letter.activityId().equals(activityId));
			return found.map((letter) -> new ReadableLetter(letter, itemsFor(letter, actor)))
				.filter((readable) -> !readable.items().isEmpty())
				.orElseThrow(() -> new ResourceNotFoundException("Letter", letterId));
		}

		private static List<LetterItem> itemsFor(RecommendationLetter letter, Actor actor) {
			if (!actor.limitedToOwnOrganisation()) {
				return letter.items();
			}
			// The letter's own rule of what concerns an organisation, as its API reads
			// it.
			return letter.addressedTo(actor.organisationId()).map(RecommendationLetter::items).orElse(List.of());
		}

	}

}
