package vn.mttq.giamsat.supervision.letter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.events.supervision.RecommendationIssued;
import vn.mttq.giamsat.supervision.activity.Activity;
import vn.mttq.giamsat.supervision.activity.ActivityManagement;
import vn.mttq.giamsat.supervision.activity.SupervisionForm;
import vn.mttq.giamsat.supervision.livestatus.Bucket;
import vn.mttq.giamsat.supervision.livestatus.LiveStatuses;
import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.supervision.organisation.DirectoryQueries;
import vn.mttq.giamsat.supervision.organisation.Organisation;
import vn.mttq.giamsat.supervision.web.Dates;
import vn.mttq.giamsat.supervision.web.FrontBody;
import vn.mttq.giamsat.support.domain.ConflictException;
import vn.mttq.giamsat.support.domain.ForbiddenException;
import vn.mttq.giamsat.support.domain.InvalidStateException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;
import vn.mttq.giamsat.support.outbox.OutboxEntry;
import vn.mttq.giamsat.support.outbox.OutboxEvents;
import vn.mttq.giamsat.support.outbox.OutboxRelay;
import vn.mttq.giamsat.support.security.Actor;

/**
 * Issues letters: checks them against their activity and the directory, stores each
 * letter with one pending {@link RecommendationIssued} per item in the same write, marks
 * the papers it carries attached to it, and wakes the relay; withdraws an item the same
 * way, keeping its papers.
 */
@Service
class LetterIssuing {

	private static final String ISSUED = "supervision.recommendations.issued";

	private final LetterRepository letters;

	private final ActivityManagement activities;

	private final DirectoryQueries directory;

	private final MongoTemplate mongo;

	private final OutboxEvents outboxEvents;

	private final OutboxRelay relay;

	private final LiveStatuses statuses;

	private final MeterRegistry meters;

	private final Clock clock;

	private final LetterChecks checks;

	private final LetterDocuments papers;

	LetterIssuing(LetterRepository letters, ActivityManagement activities, DirectoryQueries directory,
			MongoTemplate mongo, OutboxEvents outboxEvents, OutboxRelay relay, LiveStatuses statuses,
			MeterRegistry meters, Clock clock, LetterChecks checks, LetterDocuments papers) {
		this.checks = checks;
		this.papers = papers;
		this.statuses = statuses;
		this.meters = meters;
		countFromZero(meters);
		this.letters = letters;
		this.activities = activities;
		this.directory = directory;
		this.mongo = mongo;
		this.outboxEvents = outboxEvents;
		this.relay = relay;
		this.clock = clock;
	}

	/**
	 * Registers the issued items' counter at 0 for every letter kind, level and form, so
	 * that Prometheus sees the first item of each.
	 */
	private static void countFromZero(MeterRegistry meters) {
		for (LetterKind kind : LetterKind.values()) {
			for (AdministrativeLevel level : AdministrativeLevel.values()) {
				for (SupervisionForm form : SupervisionForm.values()) {
					meters.counter(ISSUED, "letterKind", kind.name(), "level", level.name(), "form", form.name());
				}
			}
		}
	}

	RecommendationLetter issue(String activityId, IssueLetter request, Actor actor) {
		Activity activity = this.activities.get(activityId, actor);
		String issuingBodyId = FrontBody.actingFor(actor, request.issuingBodyId(), "issuingBodyId");
		if (!activity.supervisingBodyId().equals(issuingBodyId)) {
			throw new ForbiddenException(Phrase.of("letter.issuer-not-supervising-body",
					"Only the activity''s supervising body, {0}, issues its letters",
					this.directory.nameOf(activity.supervisingBodyId())));
		}
		LetterKind kind = (request.kind() != null) ? request.kind() : LetterKind.usualFor(activity.kind());
		LetterDocuments.Checked papers = this.papers.check(activity.id(), request.documents());
		Organisation issuer = this.checks.check(activity, request, kind, issuingBodyId, papers.problems());
		String letterId = UUID.randomUUID().toString();
		Instant now = this.clock.instant();
		List<LetterItem> items = new ArrayList<>();
		for (IssueLetter.Item requested : request.items()) {
			List<String> copies = (requested.copyRecipientIds() != null) ? requested.copyRecipientIds()
					: defaultCopies(requested.addresseeAgencyId(), issuer, request.issuedOn());
			items.add(LetterItem.issued(requested.addresseeAgencyId(), requested.content(), requested.type(),
					requested.dueDate(), requested.dueRule(), copies));
		}
		RecommendationLetter draft = RecommendationLetter.issued(letterId, activity, request, kind, issuer, items,
				papers.references(), now, actor.recorded());
		RecommendationLetter letter = draft.withOutbox(items.stream()
			.map((item) -> RecommendationIssuedEvents.pending(this.outboxEvents,
					RecommendationIssuedEvents.of(UUID.randomUUID().toString(), now, draft, item)))
			.toList());
		try {
			RecommendationLetter saved = this.letters.insert(letter);
			this.papers.attach(saved);
			this.relay.wakeUp("letters", letterId);
			this.meters
				.counter(ISSUED, "letterKind", kind.name(), "level", String.valueOf(saved.level()), "form", form(saved))
				.increment(items.size());
			return saved;
		}
		catch (DuplicateKeyException ex) {
			String existing = this.letters
				.findByIssuingBodyIdAndYearAndNumber(issuingBodyId, request.issuedOn().getYear(), request.number())
				.map(RecommendationLetter::id)
				.orElse(null);
			throw new ConflictException(
					Phrase.of("letter.number-taken", "{0} already issued a letter numbered {1} in {2}", issuer.name(),
							request.number(), String.valueOf(request.issuedOn().getYear())),
					existing);
		}
	}

	/**
	 * Withdraws one item: the item keeps its place with who withdrew it and why, and a
	 * {@code RecommendationWithdrawn} waits in the letter's outbox, both in one update.
	 */
	RecommendationLetter withdraw(String activityId, String letterId, String recommendationId, String reason,
			Actor actor) {
		RecommendationLetter letter = get(activityId, letterId, actor);
		FrontBody.requireOfficial(actor);
		if (!letter.issuingBodyId().equals(actor.organisationId())) {
			throw new ForbiddenException(Phrase.of("letter.withdrawer-not-issuer",
					"Only the issuing body, {0}, withdraws the items of its letters",
					this.directory.nameOf(letter.issuingBodyId())));
		}
		LetterItem item = letter.item(recommendationId)
			.orElseThrow(() -> new ResourceNotFoundException("Recommendation", recommendationId));
		if (item.withdrawn()) {
			throw new InvalidStateException(Phrase.of("letter.item-already-withdrawn",
					"This recommendation was already withdrawn on {0}: {1}",
					Dates.shown(LocalDate.ofInstant(item.withdrawnAt(), Dates.VIETNAM)), item.withdrawalReason()),
					Bucket.WITHDRAWN.name(), List.of());
		}
		this.statuses.item(recommendationId).filter((status) -> status.bucket().closed()).ifPresent((status) -> {
			throw new InvalidStateException(
					Phrase.of("letter.item-already-closed",
							"This recommendation is already closed; there is nothing to withdraw"),
					status.bucket().name(), List.of());
		});
		Instant now = this.clock.instant();
		OutboxEntry event = RecommendationIssuedEvents.withdrawn(this.outboxEvents, letter, item, reason,
				actor.userId(), now);
		MongoConverter converter = this.mongo.getConverter();
		Query query = Query.query(Criteria.where("_id")
			.is(letterId)
			.and("version")
			.is(letter.version())
			.and("items.recommendationId")
			.is(recommendationId));
		Update update = new Update().set("items.$.withdrawnAt", now)
			.set("items.$.withdrawnBy", converter.convertToMongoType(actor.recorded()))
			.set("items.$.withdrawalReason", reason)
			.push("outbox", converter.convertToMongoType(event))
			.inc("version", 1);
		if (this.mongo.updateFirst(query, update, RecommendationLetter.class).getMatchedCount() == 0) {
			throw new OptimisticLockingFailureException("Letter " + letterId + " changed meanwhile");
		}
		this.relay.wakeUp("letters", letterId);
		this.meters.counter("supervision.recommendations.withdrawn").increment();
		return this.letters.findById(letterId).orElseThrow();
	}

	/**
	 * The {@code form} tag of a letter's meters: the supervision form when there is one,
	 * else the activity kind.
	 */
	private static String form(RecommendationLetter letter) {
		if (letter.supervisionForm() != null) {
			return letter.supervisionForm().name();
		}
		return (letter.activityKind() != null) ? letter.activityKind().name() : "UNKNOWN";
	}

	/**
	 * Lists the letters of an activity as the actor may see them: an agency officer sees
	 * only the letters with an item addressed or copied to their agency, and only those
	 * items.
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

	/**
	 * NQLT 403 Art. 9.3: a copy goes to the competent authority (the addressee's
	 * superior) and to the Front one level up (the issuing body's superior), or to their
	 * successors if they ceased before the letter's date.
	 */
	private List<String> defaultCopies(String addresseeId, Organisation issuer, LocalDate date) {
		Set<String> copies = new LinkedHashSet<>();
		this.directory.organisation(addresseeId)
			.map(Organisation::parentId)
			.ifPresent((parent) -> copies.addAll(this.directory.inForceOn(parent, date)));
		if (issuer.parentId() != null) {
			copies.addAll(this.directory.inForceOn(issuer.parentId(), date));
		}
		copies.remove(addresseeId);
		copies.remove(issuer.id());
		return List.copyOf(copies);
	}

}
