package vn.mttq.giamsat.notification.message;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.mttq.giamsat.notification.recipients.NotifiableEvent;

/**
 * Puts the names of organisations in place of their ids in a note the tracking service
 * wrote ("Chuyển đến ubnd-tinh-dien-bien" reads "Chuyển đến UBND tỉnh Điện Biên"): the
 * ids of the organisations the event names, each as a whole word, the longest first so
 * that one id inside another is not replaced in part.
 */
final class OrganisationNames {

	private OrganisationNames() {
	}

	/**
	 * Names the organisations of an event in a text.
	 * @param text the text
	 * @param event the event, whose organisations may appear in it
	 * @param names the name of an organisation, its id when the directory does not know
	 * it
	 * @return the text with names for ids
	 */
	static String in(String text, NotifiableEvent event, UnaryOperator<String> names) {
		List<String> ids = new ArrayList<>();
		ids.add(event.issuingBodyId());
		ids.add(event.addresseeAgencyId());
		ids.addAll(event.copyRecipientIds());
		ids.addAll(event.escalatedToIds());
		String named = text;
		for (String id : ids.stream()
			.filter((id) -> id != null && !id.isBlank())
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList()) {
			Matcher word = Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(id) + "(?![\\p{L}\\p{N}_-])")
				.matcher(named);
			if (word.find()) {
				named = word.replaceAll(Matcher.quoteReplacement(names.apply(id)));
			}
		}
		return named;
	}

}
