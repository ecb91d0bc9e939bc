package vn.mttq.giamsat.recommendation.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.mongodb.client.MongoCursor;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.support.domain.ForbiddenException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.security.Actor;

/**
 * Answers the agency statistics from the year documents of the requested period, summing
 * its months: the cost of a report grows with the number of agencies and years, not with
 * the number of items. Agency officers see only their own agency's rows.
 */
@Service
class AgencyStatistics {

	/** Year documents per round trip: a year of 500 agencies and one level is 500. */
	private static final int BATCH = 1000;

	private final MongoTemplate mongo;

	private final StatisticsProperties properties;

	private final Clock clock;

	AgencyStatistics(MongoTemplate mongo, StatisticsProperties properties, Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	/** Today in Vietnam time, the day overdue and late items are reckoned on. */
	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ItemState.VIETNAM));
	}

	StatisticsReport report(StatisticsRequest request, Actor actor) {
		List<String> agencyIds = visibleAgencies(request.agencyIds(), actor);
		LocalDate today = today();
		int minimum = this.properties.minimumItems();
		Map<Group, Tally> groups = new LinkedHashMap<>();
		Tally all = new Tally();
		Period period = request.period();
		for (int year = period.from().getYear(); year <= period.to().getYear(); year++) {
			List<Integer> months = months(period, year);
			Query query = query(request, agencyIds, year, months);
			try (MongoCursor<Document> years = this.mongo.getCollection(StatisticsYear.COLLECTION)
				.find(query.getQueryObject())
				.projection(query.getFieldsObject())
				.batchSize(BATCH)
				.cursor()) {
				while (years.hasNext()) {
					Document counters = years.next();
					Tally tally = new Tally();
					Document byMonth = counters.get("months", Document.class);
					for (int month : months) {
						tally.merge(Tally
							.of((byMonth != null) ? byMonth.get(Integer.toString(month), Document.class) : null));
					}
					groups
						.computeIfAbsent(new Group(counters.getString("agencyId"),
								IssuingLevel.valueOf(counters.getString("level"))), (group) -> new Tally())
						.merge(tally);
					all.merge(tally);
				}
			}
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
	 * an {@code $in}, which the {@code period} index narrows), with only the counters of
	 * the period's months.
	 */
	private static Query query(StatisticsRequest request, List<String> agencyIds, int year, List<Integer> months) {
		Criteria criteria = Criteria.where("year").is(year);
		if (!agencyIds.isEmpty()) {
			criteria.and("agencyId").in(agencyIds);
		}
		if (request.level() != null) {
			criteria.and("level").is(request.level().name());
		}
		Query query = Query.query(criteria);
		// An inclusion, not an exclusion: the embedded wire server answers an exclusion
		// by
		// copying the whole document before it drops fields. Read as the driver's
		// documents, plain values only (the level by its name), without the object
		// mapping.
		query.fields().include("agencyId", "level");
		months.forEach((month) -> query.fields().include(StatisticsYear.month(month)));
		return query;
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
