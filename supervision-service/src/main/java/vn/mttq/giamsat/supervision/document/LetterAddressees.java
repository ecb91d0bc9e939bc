package vn.mttq.giamsat.supervision.document;

import java.util.Set;

/**
 * The letters of an activity that concern an organisation, as the letters know them: an
 * agency sees only the documents that came with those.
 */
public interface LetterAddressees {

	/**
	 * The letters of an activity with an item addressed or copied to an organisation.
	 * @param activityId the activity
	 * @param organisationId the organisation
	 * @return the letters' ids, empty when none concerns it
	 */
	Set<String> lettersConcerning(String activityId, String organisationId);

}
