package vn.mttq.giamsat.supervision.letter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.supervision.activity.Activity;
import vn.mttq.giamsat.supervision.activity.ActivityManagement;
import vn.mttq.giamsat.supervision.web.FrontBody;
import vn.mttq.giamsat.supervision.organisation.DirectoryManagement;
import vn.mttq.giamsat.supervision.web.RulesViolatedException;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.web.ForbiddenException;
import vn.mttq.giamsat.support.outbox.OutboxEntry;
import vn.mttq.giamsat.support.outbox.OutboxEvents;
import vn.mttq.giamsat.support.outbox.OutboxRelay;
import vn.mttq.giamsat.support.web.BusinessRuleException;
import vn.mttq.giamsat.support.web.ConflictException;
import vn.mttq.giamsat.support.web.InvalidField;
import vn.mttq.giamsat.support.web.ResourceNotFoundException;

/**
 * Issues recommendation letters: checks them against their activity, stores each letter
 * with one pending {@link RecommendationIssued} per item in the same write, and wakes the
 * relay.
 */
@Service
class LetterIssuing {

	private final LetterRepository letters;

	private final ActivityManagement activities;

	private final OutboxEvents outboxEvents;

	private final OutboxRelay relay;

	private final Clock clock;

	private final DirectoryManagement directory;

	LetterIssuing(LetterRepository letters, ActivityManagement activities, DirectoryManagement directory,
			OutboxEvents outboxEvents, OutboxRelay relay, Clock clock) {
		this.letters = letters;
		this.activities = activities;
		this.directory = directory;
		this.outboxEvents = outboxEvents;
		this.relay = relay;
		this.clock = clock;
	}

	RecommendationLetter issue(String activityId, IssueLetter request, Actor actor) {
		Activity activity = this.activities.get(activityId, actor);
		String issuingBodyId = FrontBody.actingFor(actor, request.issuingBodyId(), "issuingBodyId");
		if (!activity.supervisingBodyId().equals(issuingBodyId)) {
			throw new ForbiddenException(
					"Only the activity's supervising body '" + activity.supervisingBodyId() + "' issues its letters");
		}
		checkRules(activity, request);
		checkAddressees(request);
		String letterId = UUID.randomUUID().toString();
		Instant now = this.clock.instant();
		List<LetterItem> items = new ArrayList<>();
		List<OutboxEntry> outbox = new ArrayList<>();
		for (IssueLetter.Item requested : request.items()) {
			LetterItem item = new LetterItem(UUID.randomUUID().toString(), requested.addresseeAgencyId(),
					requested.content(), requested.dueDate());
			items.add(item);
			RecommendationIssued event = RecommendationIssuedEvents.of(UUID.randomUUID().toString(), now, letterId,
					request, activityId, issuingBodyId, item);
			outbox.add(RecommendationIssuedEvents.pending(this.outboxEvents, event));
		}
		RecommendationLetter letter = new RecommendationLetter(letterId, activityId, request.number(),
				request.issuedOn(), issuingBodyId, items, outbox, now, actor.recorded(), null);
		try {
			RecommendationLetter saved = this.letters.insert(letter);
			this.relay.wakeUp();
			return saved;
		}
		catch (DuplicateKeyException ex) {
			String existing = this.letters.findByIssuingBodyIdAndNumber(issuingBodyId, request.number())
				.map(RecommendationLetter::id)
				.orElse(null);
			throw new ConflictException(
					"Letter number '" + request.number() + "' was already issued by '" + issuingBodyId + "'", existing);
		}
	}

	/**
	 * Lists the letters of an activity as the actor may see them: an agency officer sees
	 * only the letters with an item addressed to their agency, and only those items.
	 */
	List<RecommendationLetter> ofActivity(String activityId, Actor actor) {
		if (!actor.limitedToOwnOrganisation()) {
			this.activities.get(activityId, actor);
			return this.letters.findByActivityIdOrderByIssuedOnAsc(activityId);
		}
		List<RecommendationLetter> own = this.letters.findByActivityIdOrderByIssuedOnAsc(activityId)
			.stream()
			.map((letter) -> letter.addressedTo(actor.organisationId()))
			.flatMap(Optional::stream)
			.toList();
		if (own.isEmpty()) {
			// Not found unless the activity itself is visible to the agency.
			this.activities.get(activityId, actor);
		}
		return own;
	}

	RecommendationLetter get(String activityId, String letterId, Actor actor) {
		Optional<RecommendationLetter> letter = this.letters.findById(letterId)
			.filter((found) -> found.activityId().equals(activityId));
		if (actor.limitedToOwnOrganisation()) {
			letter = letter.flatMap((found) -> found.addressedTo(actor.organisationId()));
		}
		return letter.orElseThrow(() -> new ResourceNotFoundException("Letter", letterId));
	}

	private void checkAddressees(IssueLetter request) {
		List<InvalidField> errors = new ArrayList<>();
		for (int i = 0; i < request.items().size(); i++) {
			this.directory
				.problemIfAbsentOn(request.items().get(i).addresseeAgencyId(), request.issuedOn(),
						"items[" + i + "].addresseeAgencyId")
				.ifPresent(errors::add);
		}
		if (!errors.isEmpty()) {
			throw new RulesViolatedException(errors);
		}
	}

	private static void checkRules(Activity activity, IssueLetter request) {
		if (request.issuedOn().isBefore(activity.startDate())) {
			throw new BusinessRuleException("issuedOn",
					"a letter cannot be issued before its activity starts (" + activity.startDate() + ")");
		}
		for (int i = 0; i < request.items().size(); i++) {
			IssueLetter.Item item = request.items().get(i);
			if (item.dueDate() != null && !item.dueDate().isAfter(request.issuedOn())) {
				throw new BusinessRuleException("items[" + i + "].dueDate",
						"the due date must be after the letter's date (" + request.issuedOn() + ")");
			}
		}
	}

}
