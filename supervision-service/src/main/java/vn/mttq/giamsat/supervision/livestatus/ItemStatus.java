package vn.mttq.giamsat.supervision.livestatus;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The latest lifecycle step of one item, as recommendation-service reported it.
 *
 * @param recommendationId the item
 * @param activityId its activity
 * @param letterId its letter
 * @param sequence the step's sequence; an older one is ignored
 * @param status the lifecycle status
 * @param bucket where the Front counts it
 * @param answer the agency's answer, if any
 * @param closure how it was closed, if it was
 * @param dueDate the due date in force
 * @param answeredAt when the agency answered
 * @param closedAt when it was closed
 * @param updatedAt when the step was taken
 */
@Document("itemStatuses")
public record ItemStatus(@Id String recommendationId, String activityId, String letterId, long sequence, String status,
		Bucket bucket, String answer, String closure, LocalDate dueDate, Instant answeredAt, Instant closedAt,
		Instant updatedAt) {
}
