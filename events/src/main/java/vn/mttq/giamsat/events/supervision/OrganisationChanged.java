package vn.mttq.giamsat.events.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static vn.mttq.giamsat.events.EventFields.required;
import static vn.mttq.giamsat.events.EventFields.requiredText;

/**
 * An organisation of the directory as it now stands: a Front committee or member
 * organisation, an agency, or one of the two boards. Published on the compacted topic
 * {@code supervision.organisations} with the organisation id as key after every change,
 * so a consumer that reads the topic from the beginning holds the whole directory.
 *
 * @param eventId unique id of this event
 * @param occurredAt when the change was made
 * @param organisationId stable id of the organisation, also the key
 * @param revision increases with every change of this organisation; a consumer keeps the
 * record with the highest revision, so a replayed older record changes nothing
 * @param name the official name, in Vietnamese
 * @param kind {@code FRONT_COMMITTEE}, {@code MEMBER_ORGANISATION},
 * {@code PEOPLES_COMMITTEE}, {@code PEOPLES_COUNCIL}, {@code DEPARTMENT},
 * {@code PEOPLES_INSPECTION_BOARD}, {@code COMMUNITY_INVESTMENT_BOARD} or
 * {@code OTHER_AGENCY}
 * @param level {@code CENTRAL}, {@code PROVINCE}, {@code DISTRICT} or {@code COMMUNE}
 * @param administrativeUnitId the administrative unit it belongs to
 * @param parentId the superior body, to which escalation goes (for a Front committee, the
 * Front one level up); {@code null} at the top
 * @param validFrom the first day it exists
 * @param validTo the last day it exists, {@code null} while it still does
 * @param successorIds the organisations that took over its work when it ceased (merged
 * units); empty when none
 */
public record OrganisationChanged(String eventId, Instant occurredAt, String organisationId, long revision, String name,
		String kind, String level, String administrativeUnitId, String parentId, LocalDate validFrom, LocalDate validTo,
		List<String> successorIds) {

	/** The CloudEvents type, with the contract version. */
	public static final String TYPE = "vn.mttq.giamsat.supervision.OrganisationChanged.v1";

	/** The CloudEvents source of the producing service. */
	public static final String SOURCE = RecommendationIssued.SOURCE;

	public OrganisationChanged {
		requiredText(eventId, "eventId");
		required(occurredAt, "occurredAt");
		requiredText(organisationId, "organisationId");
		requiredText(name, "name");
		requiredText(kind, "kind");
		requiredText(level, "level");
		required(validFrom, "validFrom");
		successorIds = (successorIds != null) ? List.copyOf(successorIds) : List.of();
	}

	/**
	 * Tells whether the organisation exists on a date.
	 * @param date the day in question
	 * @return {@code true} between its validity dates, both included
	 */
	public boolean validOn(LocalDate date) {
		return !date.isBefore(this.validFrom) && (this.validTo == null || !date.isAfter(this.validTo));
	}

}
