package vn.mttq.giamsat.supervision.letter;

import java.time.Instant;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * A withdrawal as the API shows it.
 *
 * @param letterId the letter
 * @param recommendationId the withdrawn item
 * @param addresseeAgencyId the agency that no longer has to answer it
 * @param reason why it was withdrawn
 * @param withdrawnAt when
 * @param withdrawnBy who
 * @param pendingEvents the letter's events not yet acknowledged by the broker
 */
record WithdrawalView(String letterId, String recommendationId, String addresseeAgencyId, String reason,
		Instant withdrawnAt, RecordedActor withdrawnBy, long pendingEvents) {

	static WithdrawalView of(RecommendationLetter letter, String recommendationId) {
		LetterItem item = letter.item(recommendationId).orElseThrow();
		return new WithdrawalView(letter.id(), recommendationId, item.addresseeAgencyId(), item.withdrawalReason(),
				item.withdrawnAt(), item.withdrawnBy(), letter.pendingEvents());
	}

}
