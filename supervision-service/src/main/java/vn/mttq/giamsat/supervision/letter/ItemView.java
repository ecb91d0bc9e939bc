package vn.mttq.giamsat.supervision.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.mttq.giamsat.supervision.livestatus.Bucket;
import vn.mttq.giamsat.supervision.livestatus.ItemRef;
import vn.mttq.giamsat.supervision.livestatus.ItemStatus;
import vn.mttq.giamsat.supervision.livestatus.LiveStatuses;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * An item of a letter as the API shows it, with where it stands in its lifecycle.
 *
 * @param recommendationId the id it keeps for its whole life
 * @param addresseeAgencyId the agency that must answer
 * @param content what it is asked to do
 * @param type what kind of request it is
 * @param dueDate the answer date the issuing official set, if any
 * @param dueRule the answer period the official gave instead, if any
 * @param copyRecipientIds who receives a copy
 * @param withdrawnAt when it was withdrawn, if it was
 * @param withdrawnBy who withdrew it
 * @param withdrawalReason why
 * @param liveStatus where the Front counts it now
 * @param lifecycleStatus the lifecycle's own status, once it reported one
 * @param dueDateInForce the due date the lifecycle applies (set or computed)
 * @param lifecycleUpdatedAt when the lifecycle last reported on it
 */
record ItemView(String recommendationId, String addresseeAgencyId, String content, ItemType type, LocalDate dueDate,
		DueRule dueRule, List<String> copyRecipientIds, Instant withdrawnAt, RecordedActor withdrawnBy,
		String withdrawalReason, Bucket liveStatus, String lifecycleStatus, LocalDate dueDateInForce,
		Instant lifecycleUpdatedAt) {

	static ItemView of(LetterItem item, ItemStatus status) {
		Bucket bucket = LiveStatuses.bucketOf(new ItemRef(item.recommendationId(), item.withdrawn()), status);
		return new ItemView(item.recommendationId(), item.addresseeAgencyId(), item.content(), item.type(),
				item.dueDate(), item.dueRule(), item.copyRecipientIds(), item.withdrawnAt(), item.withdrawnBy(),
				item.withdrawalReason(), bucket, (status != null) ? status.status() : null,
				(status != null) ? status.dueDate() : item.dueDate(), (status != null) ? status.updatedAt() : null);
	}

}
