package vn.mttq.giamsat.recommendation.statistics.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.recommendation.statistics.AgencyFigures;
import vn.mttq.giamsat.recommendation.statistics.IssuingLevel;
import vn.mttq.giamsat.recommendation.statistics.ItemState;
import vn.mttq.giamsat.recommendation.statistics.StatisticsProperties;
import vn.mttq.giamsat.recommendation.statistics.StatisticsYear;
import vn.mttq.giamsat.recommendation.statistics.Tally;
import vn.mttq.giamsat.support.domain.ForbiddenException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.security.Actor;

/**
 * Answers the agency statistics from the year documents of the requested period, one
 * tally per document: its total for a whole year, its months summed for part of one (see
 * {@link YearTallies}). The cost of a report grows with the number of agencies and years,
 * not with the number of items. Agency officers see only their own agency's rows.
 */
@Service
public class AgencyStatistics {

	private final YearTallies years;

	private final StatisticsProperties properties;

	private final Clock clock;

	AgencyStatistics(MongoTemplate mongo, StatisticsProperties properties, Clock clock) {
		this.years = new YearTallies(mongo.getCollection(StatisticsYear.COLLECTION));
		this.properties = properties;
		this.clock = clock;
	}

	/** Today in Vietnam time, the day overdue and late items are reckoned on. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ItemState.VIETNAM));
	}

	public StatisticsReport report(StatisticsRequest request, Actor actor) {
		List<String> agencyIds = visibleAgencies(request.agencyIds(), actor);
		LocalDate today = today();
		int minimum = this.properties.minimumItems();
		Map<Group, Tally> groups = new LinkedHashMap<>();
		Tally all = new Tally();
		Period period = request.period();
		for (int year = period.from().getYear(); year <= period.to().getYear(); year++) {
			this.years.read(filter(request, agencyIds, year), months(period, year), (stored, tally) -> {
				all.merge(tally);
				// The group keeps its first tally rather than a copy of it.
				groups.merge(new Group(stored.getString("agencyId"), IssuingLevel.valueOf(stored.getString("level"))),
						tally, (sum, more) -> {
							sum.merge(more);
							return sum;
						});
			});
		}
		List<AgencyFigures> rows = groups.entrySet()
			.stream()
			// Items that all moved to a successor agency leave nothing to show.
			.filter((group) -> group.getValue().issued() > 0)
			.map((group) -> AgencyFigures.of(group.getKey().agencyId(), group.getKey().level(), group.getValue(), today,
					minimum))
			.toList();
		return new StatisticsReport(request.period().from(), request.period().to(), today, minimum,
				request.sort().parameter(), request.ascending() ? "asc" : "desc", order(rows, request),
				AgencyFigures.of(null, null, all, today, minimum));
	}

	private static List<String> visibleAgencies(List<String> requested, Actor actor) {
		if (!actor.limitedToOwnOrganisation()) {
			return requested;
		}
		if (requested.stream().anyMatch((agency) -> !agency.equals(actor.organisationId()))) {
			throw new ForbiddenException(Phrase.of("statistics.own-agency-only",
					"You see only the statistics of ''{0}''", actor.organisationId()));
		}
		return List.of(actor.organisationId());
	}

	/** The months of a year that a period covers. */
	private static List<Integer> months(Period period, int year) {
		int first = (year == period.from().getYear()) ? period.from().getMonthValue() : 1;
		int last = (year == period.to().getYear()) ? period.to().getMonthValue() : 12;
		return IntStream.rangeClosed(first, last).boxed().toList();
	}

	/**
	 * The year documents of the requested agencies and level for one year (equalities and
	 * an {@code $in}, which the {@code period} index narrows).
	 */
	private static Document filter(StatisticsRequest request, List<String> agencyIds, int year) {
		Criteria criteria = Criteria.where("year").is(year);
		if (!agencyIds.isEmpty()) {
			criteria.and("agencyId").in(agencyIds);
		}
		if (request.level() != null) {
			criteria.and("level").is(request.level().name());
		}
		return criteria.getCriteriaObject();
	}

	/**
	 * Orders the rows; when ordered by a figure, ranks the rows that have it and are not
	 * suppressed, and lists the others after them in agency order.
	 */
	static List<AgencyFigures> order(List<AgencyFigures> rows, StatisticsRequest request) {
		SortKey sort = request.sort();
		Comparator<AgencyFigures> byAgency = request.ascending() || sort.ranks() ? SortKey.BY_AGENCY
				: SortKey.BY_AGENCY.reversed();
		if (!sort.ranks()) {
			return rows.stream().sorted(byAgency).toList();
		}
		Comparator<Comparable<Object>> direction = request.ascending() ? Comparator.naturalOrder()
				: Comparator.reverseOrder();
		Map<Boolean, List<AgencyFigures>> byRankable = rows.stream()
			.collect(Collectors.partitioningBy((row) -> !row.suppressed() && sort.figureOf(row) != null));
		List<AgencyFigures> rankable = byRankable.get(true)
			.stream()
			.sorted(Comparator.<AgencyFigures, Comparable<Object>>comparing(sort::figureOf, direction)
				.thenComparing(byAgency))
			.toList();
		List<AgencyFigures> ordered = new ArrayList<>();
		for (int i = 0; i < rankable.size(); i++) {
			boolean tie = i > 0 && sort.figureOf(rankable.get(i)).compareTo(sort.figureOf(rankable.get(i - 1))) == 0;
			ordered.add(rankable.get(i).ranked(tie ? ordered.get(i - 1).rank() : i + 1));
		}
		byRankable.get(false).stream().sorted(byAgency).forEach(ordered::add);
		return ordered;
	}

	private record Group(String agencyId, IssuingLevel level) {
	}

}
