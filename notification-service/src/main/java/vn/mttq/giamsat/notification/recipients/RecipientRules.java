package vn.mttq.giamsat.notification.recipients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.mttq.giamsat.events.recommendation.Transition;

/**
 * The rules from the kind of an event to the roles of those told, read from
 * {@code recipient-rules.yml} ({@code giamsat.notification.recipients}). A key
 * {@code KIND.CLOSURE} (e.g. {@code CLOSED.WITHDRAWN}) overrides {@code KIND} for that
 * closure. Every kind the service can receive must have a rule, possibly empty, so that a
 * new transition is never silently dropped. A receipt ({@code RECEIVED}) tells its
 * recipients only of the firm due date it fixes: a receipt without a due date, or whose
 * date is still provisional, tells nobody, whatever its rule.
 *
 * @param recipients the roles told of each kind, in order of precedence
 */
@ConfigurationProperties("giamsat.notification")
public record RecipientRules(Map<String, List<RecipientRole>> recipients) {

	/**
	 * Every kind the service receives: every transition the lifecycle contract names, so
	 * that a step added to the contract needs a rule here before the service starts.
	 */
	public static final List<String> KINDS = Stream.of(Transition.values()).map(Transition::name).toList();

	public RecipientRules {
		recipients = (recipients != null) ? new LinkedHashMap<>(recipients) : Map.of();
		Set<String> missing = new TreeSet<>(KINDS);
		missing.removeAll(recipients.keySet());
		if (!missing.isEmpty()) {
			throw new IllegalStateException("giamsat.notification.recipients has no rule for " + missing
					+ "; give each kind a list of roles, [] to tell nobody");
		}
	}

	/**
	 * The roles told of an event.
	 * @param event the event
	 * @return the roles, in order of precedence; empty for an unknown kind
	 */
	public List<RecipientRole> rolesFor(NotifiableEvent event) {
		if (NotifiableEvent.RECEIVED.equals(event.kind()) && !event.fixesFirmDueDate()) {
			return List.of();
		}
		if (event.closure() != null) {
			List<RecipientRole> specific = this.recipients.get(event.kind() + "." + event.closure());
			if (specific != null) {
				return specific;
			}
		}
		return this.recipients.getOrDefault(event.kind(), List.of());
	}

}
