package vn.mttq.giamsat.support.domain;

import java.util.List;

/**
 * The action is not allowed in the resource's current state, such as closing a
 * recommendation that was never answered; answered with 409, the current state and the
 * actions that are allowed now.
 */
public class InvalidStateException extends DomainException {

	private final String currentState;

	private final List<String> allowedActions;

	public InvalidStateException(String message, String currentState, List<String> allowedActions) {
		this(Phrase.untranslated(message), currentState, allowedActions);
	}

	public InvalidStateException(Phrase phrase, String currentState, List<String> allowedActions) {
		super(phrase);
		this.currentState = currentState;
		this.allowedActions = List.copyOf(allowedActions);
	}

	public String currentState() {
		return this.currentState;
	}

	public List<String> allowedActions() {
		return this.allowedActions;
	}

}
