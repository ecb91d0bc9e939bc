package vn.mttq.giamsat.recommendation.statistics.report;

import java.util.Comparator;
import java.util.function.Function;

import vn.mttq.giamsat.recommendation.statistics.AgencyFigures;

/**
 * What the rows of a report are ordered by, each with its natural direction: most issued,
 * most overdue, best rates and fewest days first.
 */
public enum SortKey {

	AGENCY("agency", true, null),

	ISSUED("issued", false, AgencyFigures::issued),

	OVERDUE("overdue", false, AgencyFigures::overdue),

	ON_TIME_RATE("onTimeRate", false, AgencyFigures::onTimeRate),

	ANSWER_RATE("answerRate", false, AgencyFigures::answerRate),

	RESOLUTION_RATE("resolutionRate", false, AgencyFigures::resolutionRate),

	MEDIAN_DAYS_TO_ANSWER("medianDaysToAnswer", true, AgencyFigures::medianDaysToAnswer);

	/** The names a client may use, for the parameter's validation. */
	static final String NAMES = "agency|issued|overdue|onTimeRate|answerRate|resolutionRate|medianDaysToAnswer";

	private final String parameter;

	private final boolean ascendingByDefault;

	private final Function<AgencyFigures, ? extends Comparable<?>> figure;

	SortKey(String parameter, boolean ascendingByDefault, Function<AgencyFigures, ? extends Comparable<?>> figure) {
		this.parameter = parameter;
		this.ascendingByDefault = ascendingByDefault;
		this.figure = figure;
	}

	static SortKey of(String parameter) {
		if (parameter == null || parameter.isBlank()) {
			return AGENCY;
		}
		for (SortKey key : values()) {
			if (key.parameter.equals(parameter)) {
				return key;
			}
		}
		throw new IllegalArgumentException("unknown sort " + parameter);
	}

	String parameter() {
		return this.parameter;
	}

	boolean ascending(String direction) {
		return (direction == null || direction.isBlank()) ? this.ascendingByDefault : "asc".equals(direction);
	}

	/** Whether rows are ranked by a figure (and not just listed by agency). */
	boolean ranks() {
		return this.figure != null;
	}

	/** The row's value of the figure, {@code null} when it has none. */
	@SuppressWarnings("unchecked")
	Comparable<Object> figureOf(AgencyFigures row) {
		return (Comparable<Object>) this.figure.apply(row);
	}

	/** Rows in agency order: agency id, then level. */
	static final Comparator<AgencyFigures> BY_AGENCY = Comparator.comparing(AgencyFigures::agencyId)
		.thenComparing(AgencyFigures::level);

}
