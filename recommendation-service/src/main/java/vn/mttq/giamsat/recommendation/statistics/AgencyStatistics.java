package vn.mttq.giamsat.recommendation.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
 * Answers the agency statistics from the buckets of the requested months: the cost of a
 * report grows with the number of agencies and months, not with the number of items.
 * Agency officers see only their own agency's rows.
 */
@Service
class AgencyStatistics {

	/** Buckets per round trip: a year of 500 agencies is 5,500 of them. */
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
		Query query = query(request, agencyIds);
		try (MongoCursor<Document> buckets = this.mongo
			.getCollection(this.mongo.getCollectionName(StatisticsBucket.class))
			.find(query.getQueryObject())
			.projection(query.getFieldsObject())
			.batchSize(BATCH)
			.cursor()) {
			while (buckets.hasNext()) {
				Document bucket = buckets.next();
				Tally tally = Tally.of(bucket.get("tally", Document.class));
				groups
					.computeIfAbsent(
							new Group(bucket.getString("agencyId"), IssuingLevel.valueOf(bucket.getString("level"))),
							(group) -> new Tally())
					.merge(tally);
				all.merge(tally);
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

	private static Query query(StatisticsRequest request, List<String> agencyIds) {
		Criteria criteria = Criteria.where("month")
			.gte(request.period().from().toString())
			.lte(request.period().to().toString());
		if (!agencyIds.isEmpty()) {
			criteria.and("agencyId").in(agencyIds);
		}
		if (request.level() != null) {
			criteria.and("level").is(request.level().name());
		}
		Query query = Query.query(criteria);
		// The item states are for applying events; the figures need only the counters. An
		// inclusion, not an exclusion: the embedded wire server answers an exclusion by
		// copying the whole document, item states and all, before it drops them. Read as
		// the driver's documents, plain values only (the level by its name), without
		// mapping each of the year's thousands of buckets to an object first.
		query.fields().include("agencyId", "level", "month", "tally");
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
