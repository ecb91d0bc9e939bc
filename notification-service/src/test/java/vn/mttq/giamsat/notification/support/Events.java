package vn.mttq.giamsat.notification.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.mttq.giamsat.events.ContractSamples;
import vn.mttq.giamsat.events.DocumentReference;
import vn.mttq.giamsat.events.Topics;
import vn.mttq.giamsat.events.recommendation.RecommendationLifecycleEvent;
import vn.mttq.giamsat.events.supervision.OrganisationChanged;
import vn.mttq.giamsat.localstack.TopicWriter;

/**
 * The golden samples of the consumed contracts, turned into a test's own events.
 *
 * @param topic where it is published
 * @param key its key
 * @param eventId its id
 * @param json its payload
 * @param headers its CloudEvents headers
 */
public record Events(String topic, String key, String eventId, String json, Map<String, String> headers) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public void sendTo(String bootstrapServers) {
		TopicWriter.send(bootstrapServers, this.topic, this.key, this.json, this.headers);
	}

	/**
	 * The first step of a new item of the golden letter: tracking started, with the due
	 * date computed, from which its first notice goes out.
	 */
	public static Events tracked(String recommendationId, String issuer, String addressee, List<String> copies) {
		Events step = step(recommendationId, 1, "TRACKED", issuer, addressee, copies, List.of(), null);
		ObjectNode event = (ObjectNode) JSON.readTree(step.json());
		event.putNull("previousStatus");
		event.put("status", "AWAITING_RESPONSE");
		event.put("note", "Ban hành tại văn bản số 125/KN-MTTQ-BTT. Hạn do người ban hành đặt: 04/05/2026.");
		ObjectNode actor = event.putObject("actor");
		actor.put("kind", "SYSTEM");
		actor.put("organisationId", issuer);
		ObjectNode item = (ObjectNode) event.get("recommendation");
		for (String unanswered : List.of("acknowledgedAt", "answeredAt", "answer")) {
			item.putNull(unanswered);
		}
		return new Events(step.topic(), step.key(), step.eventId(), JSON.writeValueAsString(event), step.headers());
	}

	/**
	 * This lifecycle step with a field of its item set.
	 * @param field the field of {@code recommendation}
	 * @param value its value
	 * @return the step
	 */
	public Events withItem(String field, Object value) {
		ObjectNode event = (ObjectNode) JSON.readTree(this.json);
		((ObjectNode) event.get("recommendation")).putPOJO(field, value);
		return new Events(this.topic, this.key, this.eventId, JSON.writeValueAsString(event), this.headers);
	}

	/**
	 * This lifecycle step with the stored documents that came with it.
	 * @param documents the documents, in order
	 * @return the step
	 */
	public Events withDocuments(DocumentReference... documents) {
		ObjectNode event = (ObjectNode) JSON.readTree(this.json);
		event.set("documents", JSON.valueToTree(List.of(documents)));
		return new Events(this.topic, this.key, this.eventId, JSON.writeValueAsString(event), this.headers);
	}

	/**
	 * This lifecycle step as a producer wrote it before documents were stored: without
	 * the field.
	 * @return the step
	 */
	public Events withoutDocuments() {
		ObjectNode event = (ObjectNode) JSON.readTree(this.json);
		event.remove("documents");
		return new Events(this.topic, this.key, this.eventId, JSON.writeValueAsString(event), this.headers);
	}

	/**
	 * This lifecycle step taken at another time.
	 * @param occurredAt when it happened, e.g. {@code 2026-12-08T02:00:00Z}
	 * @return the step
	 */
	public Events withOccurredAt(String occurredAt) {
		ObjectNode event = (ObjectNode) JSON.readTree(this.json);
		event.put("occurredAt", occurredAt);
		return new Events(this.topic, this.key, this.eventId, JSON.writeValueAsString(event), this.headers);
	}

	/**
	 * This lifecycle step as a producer wrote it before some fields of its item were
	 * added: without them.
	 * @param fields the fields of {@code recommendation} to leave out
	 * @return the step
	 */
	public Events withoutItemFields(String... fields) {
		ObjectNode event = (ObjectNode) JSON.readTree(this.json);
		((ObjectNode) event.get("recommendation")).remove(List.of(fields));
		return new Events(this.topic, this.key, this.eventId, JSON.writeValueAsString(event), this.headers);
	}

	/**
	 * A lifecycle step of the golden sample.
	 * @param escalatedTo the bodies escalated to, in order
	 * @param closure the closure, for {@code CLOSED}
	 */
	public static Events step(String recommendationId, long sequence, String transition, String issuer,
			String addressee, List<String> copies, List<String> escalatedTo, String closure) {
		ObjectNode event = sample("recommendation/RecommendationLifecycleEvent.v1");
		String eventId = UUID.randomUUID().toString();
		event.put("eventId", eventId);
		event.put("recommendationId", recommendationId);
		event.put("sequence", sequence);
		event.put("transition", transition);
		ObjectNode item = (ObjectNode) event.get("recommendation");
		item.put("issuingBodyId", issuer);
		item.put("addresseeAgencyId", addressee);
		ArrayNode copyIds = item.putArray("copyRecipientIds");
		copies.forEach(copyIds::add);
		ArrayNode escalations = item.putArray("escalatedToIds");
		escalatedTo.forEach(escalations::add);
		item.put("closure", closure);
		return new Events(Topics.RECOMMENDATION_LIFECYCLE, recommendationId, eventId, JSON.writeValueAsString(event),
				ContractSamples.headers(RecommendationLifecycleEvent.TYPE, RecommendationLifecycleEvent.SOURCE, eventId,
						recommendationId));
	}

	public static Events organisation(String id, long revision, String name, String parentId) {
		ObjectNode event = sample("supervision/OrganisationChanged.v1");
		String eventId = UUID.randomUUID().toString();
		event.put("eventId", eventId);
		event.put("organisationId", id);
		event.put("revision", revision);
		event.put("name", name);
		event.put("parentId", parentId);
		return new Events(Topics.SUPERVISION_ORGANISATIONS, id, eventId, JSON.writeValueAsString(event),
				ContractSamples.headers(OrganisationChanged.TYPE, OrganisationChanged.SOURCE, eventId, id));
	}

	public OrganisationChanged organisationChanged() {
		return JSON.readValue(this.json, OrganisationChanged.class);
	}

	private static ObjectNode sample(String name) {
		return (ObjectNode) JSON.readTree(ContractSamples.json(name));
	}

}
