package vn.mttq.giamsat.recommendation.tracking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Phản hồi của cơ quan: the addressee's side of a recommendation, from its receipt to its
 * answer. Stored unwrapped, so its fields stay at the top of the recommendation's
 * document.
 *
 * @param deliveredOn the day the addressee received it, the earliest proof counting
 * @param acknowledgedAt when the agency confirmed receipt
 * @param answeredAt when it answered
 * @param answer its answer, once given
 */
public record Reply(LocalDate deliveredOn, Instant acknowledgedAt, Instant answeredAt, Answer answer) {

	static Reply none() {
		return new Reply(null, null, null, null);
	}

	/** Tells whether a receipt on a day adds nothing: one as early was recorded. */
	boolean receivedBy(LocalDate on) {
		return this.deliveredOn != null && !on.isBefore(this.deliveredOn);
	}

	Reply receivedOn(LocalDate on) {
		return new Reply(on, this.acknowledgedAt, this.answeredAt, this.answer);
	}

	/** Confirming receipt proves it, whatever notification-service saw. */
	Reply acknowledged(Instant at, LocalDate today) {
		return new Reply((this.deliveredOn != null) ? this.deliveredOn : today, at, this.answeredAt, this.answer);
	}

	/** An answer confirms receipt too. */
	Reply answered(Answer answer, Instant at) {
		return new Reply(this.deliveredOn, (this.acknowledgedAt != null) ? this.acknowledgedAt : at, at, answer);
	}

	/** Put to the agency again: it confirms and answers anew; its receipt stands. */
	Reply reopened() {
		return new Reply(this.deliveredOn, null, null, null);
	}

	/** The day it confirmed receipt, in Vietnam, if it did. */
	LocalDate acknowledgedOn() {
		return (this.acknowledgedAt != null) ? LocalDate.ofInstant(this.acknowledgedAt, TrackedRecommendation.VIETNAM)
				: null;
	}

	/** Where an unanswered item stands when it is not overdue. */
	RecommendationStatus awaiting() {
		return (this.acknowledgedAt != null) ? RecommendationStatus.ACKNOWLEDGED
				: RecommendationStatus.AWAITING_RESPONSE;
	}

}
