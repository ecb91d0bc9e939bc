package vn.mttq.giamsat.console.front.letter;

import java.util.List;

/**
 * What a letter's form needs of its activity: its title, what describes its items' due
 * dates (kind, form, level) and the agencies it supervises (the addressees to choose
 * from).
 *
 * @param id its id
 * @param title its title
 * @param kind its kind
 * @param form its form, for a supervision
 * @param level its level
 * @param supervisingBodyId the Front body that leads it
 * @param supervisedAgencyIds the agencies it supervises
 */
record LetterActivity(String id, String title, String kind, String form, String level, String supervisingBodyId,
		List<String> supervisedAgencyIds) {

	LetterActivity {
		supervisedAgencyIds = (supervisedAgencyIds != null) ? List.copyOf(supervisedAgencyIds) : List.of();
	}

}
