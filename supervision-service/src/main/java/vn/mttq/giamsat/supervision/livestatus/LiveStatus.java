package vn.mttq.giamsat.supervision.livestatus;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the items of an activity or letter stand now, counted by {@link Bucket}.
 *
 * @param total the items issued
 * @param awaiting not answered yet, not overdue
 * @param answered answered, not closed
 * @param overdue past their due date without an answer
 * @param resolved closed as resolved
 * @param closedUnresolved closed without resolution
 * @param withdrawn withdrawn by the Front
 * @param updatedAt the latest lifecycle step counted, if any
 */
public record LiveStatus(int total, int awaiting, int answered, int overdue, int resolved, int closedUnresolved,
		int withdrawn, Instant updatedAt) {

	static LiveStatus count(Collection<Bucket> buckets, Instant updatedAt) {
		Map<Bucket, Integer> counts = new EnumMap<>(Bucket.class);
		buckets.forEach((bucket) -> counts.merge(bucket, 1, Integer::sum));
		return new LiveStatus(buckets.size(), counts.getOrDefault(Bucket.AWAITING, 0),
				counts.getOrDefault(Bucket.ANSWERED, 0), counts.getOrDefault(Bucket.OVERDUE, 0),
				counts.getOrDefault(Bucket.RESOLVED, 0), counts.getOrDefault(Bucket.CLOSED_UNRESOLVED, 0),
				counts.getOrDefault(Bucket.WITHDRAWN, 0), updatedAt);
	}

}
