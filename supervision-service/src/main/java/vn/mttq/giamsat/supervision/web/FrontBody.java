package vn.mttq.giamsat.supervision.web;

import vn.mttq.giamsat.support.domain.ForbiddenException;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.security.Actor;
import vn.mttq.giamsat.support.security.Role;

/**
 * A Front official acts only for their own Front body.
 */
public final class FrontBody {

	private FrontBody() {
	}

	/**
	 * Returns the body an official acts for: the one the request names, which must be
	 * their own, or their own when the request names none.
	 * @param actor the signed-in official
	 * @param requested the body named in the request, or {@code null}
	 * @param field the request field, for the error message
	 * @return the actor's own organisation id
	 * @throws ForbiddenException if the request names another body
	 */
	public static String actingFor(Actor actor, String requested, String field) {
		requireOfficial(actor);
		if (requested != null && !requested.equals(actor.organisationId())) {
			throw new ForbiddenException(Phrase.of("front-body.acts-for-own-body",
					"You act for your own Front body only; {0} may name only it", field));
		}
		return actor.organisationId();
	}

	/**
	 * Checks that the caller is a Front official. Endpoints that act on a thing the
	 * caller may not see (another agency's activity) let every role in and check this
	 * after the thing was found, so that a thing the caller may not see answers 404
	 * whatever the role, and the answer does not tell it exists.
	 * @param actor the signed-in caller
	 * @throws ForbiddenException if the caller is not a Front official
	 */
	public static void requireOfficial(Actor actor) {
		if (!actor.has(Role.FRONT_OFFICIAL)) {
			throw new ForbiddenException(Phrase.of("front-body.official-only",
					"Only a Front official of the body that owns it may change it."));
		}
	}

}
