package vn.mttq.giamsat.supervision.activity;

import java.util.List;

import vn.mttq.giamsat.supervision.organisation.AdministrativeLevel;
import vn.mttq.giamsat.support.domain.Phrase;

/**
 * The words texts use for an activity's kind, status and level, translated under
 * {@code activity-kind.*}, {@code activity-status.*} and {@code level.*}.
 */
final class ActivityPhrases {

	private ActivityPhrases() {
	}

	static Phrase kind(ActivityKind kind) {
		String english = switch (kind) {
			case SUPERVISION -> "supervision";
			case SOCIAL_CRITICISM -> "social criticism";
			case OPINION_CONTRIBUTION -> "opinion contribution";
			case DIALOGUE_CONFERENCE -> "dialogue conference";
		};
		return new Phrase("activity-kind." + kind.name(), english, List.of());
	}

	static Phrase status(ActivityStatus status) {
		String english = switch (status) {
			case PLANNED -> "planned";
			case IN_PROGRESS -> "in progress";
			case REPORTED -> "reported";
			case CONCLUDED -> "concluded";
			case CANCELLED -> "cancelled";
		};
		return new Phrase("activity-status." + status.name(), english, List.of());
	}

	static Phrase level(AdministrativeLevel level) {
		return level.phrase();
	}

}
