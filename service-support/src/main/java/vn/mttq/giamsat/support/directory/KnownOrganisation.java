package vn.mttq.giamsat.support.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation as supervision-service last published it.
 *
 * @param id the organisation id
 * @param revision the revision of the record kept; an older one never replaces it
 * @param name the official name
 * @param kind the kind of organisation
 * @param level its level
 * @param parentId its superior body (for a Front committee, the Front one level up)
 * @param validFrom its first day
 * @param validTo its last day, if it ceased
 * @param successorIds who took over its work
 * @param eventId the event the record came from
 * @param receivedAt when this service received it
 */
@Document("organisations")
public record KnownOrganisation(@Id String id, long revision, String name, String kind, String level, String parentId,
		LocalDate validFrom, LocalDate validTo, List<String> successorIds, String eventId, Instant receivedAt) {
}
