package vn.mttq.giamsat.supervision.organisation;

import java.time.Instant;
import java.util.UUID;

import vn.mttq.giamsat.events.supervision.OrganisationChanged;
import vn.mttq.giamsat.support.messaging.EventMetadata;
import vn.mttq.giamsat.support.outbox.OutboxEntry;
import vn.mttq.giamsat.support.outbox.OutboxEvents;

/**
 * The one place where an organisation becomes the public {@link OrganisationChanged}
 * event.
 */
final class OrganisationChangedEvents {

	private OrganisationChangedEvents() {
	}

	static OrganisationChanged of(Organisation organisation, Instant now) {
		return new OrganisationChanged(UUID.randomUUID().toString(), now, organisation.id(), organisation.revision(),
				organisation.name(), organisation.kind().name(), organisation.level().name(),
				organisation.administrativeUnitId(), organisation.parentId(), organisation.validFrom(),
				organisation.validTo(), organisation.successorIds());
	}

	static OutboxEntry pending(OutboxEvents outbox, Organisation organisation, Instant now) {
		OrganisationChanged event = of(organisation, now);
		return outbox.pending(event, new EventMetadata(event.eventId(), OrganisationChanged.SOURCE,
				OrganisationChanged.TYPE, event.occurredAt(), event.organisationId()));
	}

}
