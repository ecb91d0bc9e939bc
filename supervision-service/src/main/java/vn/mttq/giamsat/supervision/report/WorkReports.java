package vn.mttq.giamsat.supervision.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.activity.Activity;
import vn.mttq.giamsat.supervision.activity.ActivityKind;
import vn.mttq.giamsat.supervision.activity.ActivityManagement;
import vn.mttq.giamsat.supervision.activity.SupervisionForm;
import vn.mttq.giamsat.supervision.letter.ItemType;
import vn.mttq.giamsat.supervision.letter.LetterItem;
import vn.mttq.giamsat.supervision.letter.LetterKind;
import vn.mttq.giamsat.supervision.letter.LetterSearch;
import vn.mttq.giamsat.supervision.letter.Letters;
import vn.mttq.giamsat.supervision.letter.RecommendationLetter;
import vn.mttq.giamsat.supervision.livestatus.Bucket;
import vn.mttq.giamsat.supervision.livestatus.ItemRef;
import vn.mttq.giamsat.supervision.livestatus.ItemStatus;
import vn.mttq.giamsat.supervision.livestatus.LiveStatuses;
import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.supervision.organisation.DirectoryQueries;
import vn.mttq.giamsat.supervision.organisation.Organisation;
import vn.mttq.giamsat.supervision.web.Dates;
import vn.mttq.giamsat.supervision.web.RulesViolatedException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;

/**
 * Builds the Front's work report from the activities, letters and live statuses: counts
 * only, every figure traceable to the records of the period.
 */
@Service
class WorkReports {

	/** A report spans at most this many years; longer ones are several reports. */
	static final int MAX_YEARS = 15;

	private final DirectoryQueries directory;

	private final ActivityManagement activities;

	private final Letters letters;

	private final LiveStatuses statuses;

	WorkReports(DirectoryQueries directory, ActivityManagement activities, Letters letters, LiveStatuses statuses) {
		this.directory = directory;
		this.activities = activities;
		this.letters = letters;
		this.statuses = statuses;
	}

	WorkReport build(String bodyId, LocalDate from, LocalDate to, boolean includeBelow) {
		if (to.isBefore(from)) {
			throw new RulesViolatedException("to", Phrase.of("report.period-ends-before-start",
					"The period ends ({0}) before it starts ({1})", Dates.shown(to), Dates.shown(from)));
		}
		if (to.isAfter(from.plusYears(MAX_YEARS))) {
			throw new RulesViolatedException("to", Phrase.of("report.period-too-long",
					"A report spans at most {0} years; ask for several reports", String.valueOf(MAX_YEARS)));
		}
		Organisation body = this.directory.organisation(bodyId)
			.orElseThrow(() -> new ResourceNotFoundException("Organisation", bodyId));
		if (!body.kind().supervises()) {
			throw new RulesViolatedException("bodyId",
					Phrase.of("report.not-a-front-body",
							"{0} is {1}; a work report is made for a body of the Front that leads supervision: a Front "
									+ "committee, a member organisation or one of the two boards",
							body.name(), body.kind().phrase()));
		}
		Set<String> bodies = includeBelow ? this.directory.selfAndBelow(bodyId) : Set.of(bodyId);
		Structure structure = Structure.of(from, to);
		List<Activity> started = this.activities.startedIn(bodies, from, to);
		List<RecommendationLetter> issued = this.letters
			.all(new LetterSearch(bodies, null, null, null, null, null, from, to, null));
		WorkReport.Activities activityFigures = activities(started, structure);
		WorkReport.Recommendations recommendationFigures = recommendations(issued);
		WorkReport report = new WorkReport(body.id(), body.name(), from, to, includeBelow, bodies.size(), structure,
				activityFigures, recommendationFigures, null);
		return new WorkReport(report.bodyId(), report.bodyName(), from, to, includeBelow, bodies.size(), structure,
				activityFigures, recommendationFigures, VietnameseText.of(report));
	}

	private static WorkReport.Activities activities(List<Activity> started, Structure structure) {
		List<AdministrativeLevel> levels = new ArrayList<>();
		if (started.stream().anyMatch((activity) -> activity.level() == AdministrativeLevel.CENTRAL)) {
			levels.add(AdministrativeLevel.CENTRAL);
		}
		levels.addAll(structure.levels());
		Predicate<Activity> supervision = (activity) -> activity.kind() == ActivityKind.SUPERVISION;
		Predicate<Activity> criticism = (activity) -> activity.kind() == ActivityKind.SOCIAL_CRITICISM;
		Predicate<Activity> dialogue = (activity) -> activity.kind() == ActivityKind.DIALOGUE_CONFERENCE;
		List<Activity> dialogues = started.stream().filter(dialogue).toList();
		int boards = (int) started.stream()
			.filter((activity) -> activity.supervisionForm() == SupervisionForm.PEOPLES_INSPECTION_BOARD
					|| activity.supervisionForm() == SupervisionForm.COMMUNITY_INVESTMENT_BOARD)
			.count();
		List<Activity> supervisions = started.stream().filter(supervision).toList();
		return new WorkReport.Activities(started.size(), count(started, List.of(ActivityKind.values()), Activity::kind),
				count(started, levels, Activity::level),
				count(supervisions, List.of(SupervisionForm.values()), Activity::supervisionForm),
				count(supervisions, levels, Activity::level),
				count(supervisions, List.of(SupervisionForm.values()), Activity::supervisionForm),
				count(started.stream().filter(criticism).toList(), levels, Activity::level),
				count(dialogues, levels, Activity::level), dialogues.size(), boards);
	}

	/**
	 * Counts the items of the letters issued in the period: {@code issued} is every item,
	 * withdrawn ones included; {@code inForce} leaves the withdrawn ones out, and what
	 * became of the items is counted over those.
	 */
	private WorkReport.Recommendations recommendations(List<RecommendationLetter> issued) {
		List<LetterItem> items = new ArrayList<>();
		Map<String, LetterKind> kinds = new LinkedHashMap<>();
		for (RecommendationLetter letter : issued) {
			for (LetterItem item : letter.items()) {
				items.add(item);
				kinds.put(item.recommendationId(), letter.kind());
			}
		}
		Map<String, ItemStatus> status = this.statuses.items(items.stream().map(LetterItem::recommendationId).toList());
		int withdrawn = 0;
		int answered = 0;
		int resolved = 0;
		int overdue = 0;
		int awaiting = 0;
		for (LetterItem item : items) {
			ItemStatus itemStatus = status.get(item.recommendationId());
			Bucket bucket = LiveStatuses.bucketOf(new ItemRef(item.recommendationId(), item.withdrawn()), itemStatus);
			if (bucket == Bucket.WITHDRAWN) {
				withdrawn++;
				continue;
			}
			boolean hasAnswer = itemStatus != null
					&& (itemStatus.answer() != null || bucket == Bucket.ANSWERED || bucket == Bucket.RESOLVED);
			answered += hasAnswer ? 1 : 0;
			resolved += (bucket == Bucket.RESOLVED) ? 1 : 0;
			overdue += (bucket == Bucket.OVERDUE) ? 1 : 0;
			awaiting += (bucket == Bucket.AWAITING) ? 1 : 0;
		}
		int inForce = items.size() - withdrawn;
		return new WorkReport.Recommendations(items.size(), withdrawn, inForce, answered, resolved, overdue, awaiting,
				rate(answered, inForce), rate(resolved, inForce), rate(overdue, inForce),
				count(items, List.of(ItemType.values()), LetterItem::type),
				count(items, List.of(LetterKind.values()), (item) -> kinds.get(item.recommendationId())));
	}

	static double rate(int part, int whole) {
		return (whole == 0) ? 0.0 : Math.round(part * 1000.0 / whole) / 10.0;
	}

	private static <T, E extends Enum<E>> Map<String, Integer> count(List<T> records, List<E> keys,
			Function<T, E> key) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		keys.forEach((value) -> counts.put(value.name(), 0));
		for (T record : records) {
			E value = key.apply(record);
			if (value != null) {
				counts.merge(value.name(), 1, Integer::sum);
			}
		}
		return counts;
	}

}
