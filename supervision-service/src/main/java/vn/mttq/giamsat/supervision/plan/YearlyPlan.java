package vn.mttq.giamsat.supervision.plan;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Kế hoạch giám sát, phản biện xã hội hằng năm: a Front body's yearly plan (NQLT 403 Art.
 * 3), agreed with the People's Council and Committee at the same level; its activities
 * name it.
 */
@Document("plans")
@CompoundIndex(name = "owner_number", def = "{'ownerBodyId': 1, 'number': 1}", unique = true)
public class YearlyPlan {

	@Id
	private final String id;

	private final String ownerBodyId;

	private final int year;

	private final String number;

	private final String title;

	private final LocalDate issuedOn;

	private final Instant recordedAt;

	private final RecordedActor recordedBy;

	@PersistenceCreator
	YearlyPlan(String id, String ownerBodyId, int year, String number, String title, LocalDate issuedOn,
			Instant recordedAt, RecordedActor recordedBy) {
		this.id = id;
		this.ownerBodyId = ownerBodyId;
		this.year = year;
		this.number = number;
		this.title = title;
		this.issuedOn = issuedOn;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	public String id() {
		return this.id;
	}

	public String ownerBodyId() {
		return this.ownerBodyId;
	}

	public int year() {
		return this.year;
	}

	public String number() {
		return this.number;
	}

	public String title() {
		return this.title;
	}

	public LocalDate issuedOn() {
		return this.issuedOn;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

	public RecordedActor recordedBy() {
		return this.recordedBy;
	}

}
