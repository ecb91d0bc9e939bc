package vn.mttq.giamsat.recommendation.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Computes the due date of a recommendation's answer, and explains it. The rule that
 * matches the recommendation gives the days, their counting and the start event; a date
 * the issuing official set wins over the rules, and a period the official gave replaces
 * the rule's days and counting but keeps its start event (receipt when no rule applies).
 * Counting follows the Civil Code 2015 (Arts 147–148): from the day after the start
 * event, and a last day that is a day off moves to the next working day. Closed pauses
 * push the date by their days, then extensions add theirs, both in the rule's counting;
 * an open pause leaves no date.
 */
@Component
public class DeadlineEngine {

	static final String OFFICIAL = "official";

	static final String OFFICIAL_PERIOD = "official-period";

	private final WorkingCalendar calendar;

	private final DeadlineRules rules;

	public DeadlineEngine(WorkingCalendar calendar, DeadlineRules rules) {
		this.calendar = calendar;
		this.rules = rules;
	}

	/**
	 * Computes the due date of one recommendation. Pure: the same input on the same
	 * calendar version gives the same result, so callers recompute whenever an event
	 * (delivery, acknowledgement, extension, pause) or the calendar changes.
	 * @param input what is known of the recommendation
	 * @return the due date, {@code null} when no rule applies and no official date is set
	 * or while a pause goes on, always with its explanation
	 */
	public Deadline compute(DeadlineInput input) {
		Optional<DeadlineRule> rule = this.rules.find(input.subject());
		if (input.officialDueDate() != null) {
			return official(input, rule.map(DeadlineRule::counting).orElse(DayCounting.CALENDAR_DAYS));
		}
		if (input.duePeriod() != null) {
			return byRule(input, input.duePeriod().asRule(rule.orElse(null)));
		}
		if (rule.isEmpty()) {
			return new Deadline(null, new DeadlineExplanation(null, null, null, null, null, null, 0, null, null, false,
					List.of(), List.of(), List.of(), calendarVersion(),
					"Chưa có hạn trả lời: không quy tắc thời hạn nào áp dụng và người ban hành chưa ấn định hạn.",
					"No due date: no deadline rule applies and the issuing official set none."));
		}
		return byRule(input, rule.get());
	}

	/** The version of the working calendar the due dates are computed on. */
	public String calendarVersion() {
		return this.calendar.version();
	}

	private Deadline byRule(DeadlineInput input, DeadlineRule rule) {
		StartEvent start = StartEvent.of(rule.startsFrom(), input);
		DayCounter counter = new DayCounter(this.calendar, rule.counting());
		List<Adjustment> adjustments = new ArrayList<>();
		DayCounter.Step base = counter.add(start.date(), rule.days());
		if (base.moved()) {
			adjustments.add(Changes.movedOffDayOff(counter.dayOff(base.movedFrom()).orElseThrow(), base.due()));
		}
		Adjusted adjusted = adjust(base.due(), start.date(), input, counter, adjustments);
		DeadlineText text = DeadlineText.byRule(adjusted.due(), rule, start, counter.skipped(), adjustments,
				adjusted.openPause());
		return new Deadline(adjusted.due(),
				new DeadlineExplanation(rule.id(), rule.name(), rule.nameEn(), rule.legalSource(), rule.legalSourceEn(),
						rule.counting(), rule.days(), rule.startsFrom(), start.date(), start.provisional(),
						counter.skipped(), adjustments.stream().map(Adjustment::vi).toList(),
						adjustments.stream().map(Adjustment::en).toList(), calendarVersion(), text.vi(), text.en()));
	}

	private Deadline official(DeadlineInput input, DayCounting counting) {
		LocalDate date = input.officialDueDate();
		DayCounter counter = new DayCounter(this.calendar, counting);
		List<Adjustment> adjustments = new ArrayList<>();
		counter.dayOff(date).ifPresent((off) -> adjustments.add(Changes.officialOnDayOff(off)));
		Adjusted adjusted = adjust(date, input.issuedOn(), input, counter, adjustments);
		DeadlineText text = DeadlineText.official(adjusted.due(), date, counter.skipped(), adjustments,
				adjusted.openPause());
		return new Deadline(adjusted.due(),
				new DeadlineExplanation(OFFICIAL, "Hạn do người ban hành ấn định", "Date set by the issuing official",
						"Ấn định trong văn bản kiến nghị; không áp dụng quy tắc thời hạn",
						"Set in the recommendation letter; no deadline rule applies", counting, 0, DeadlineStart.ISSUE,
						input.issuedOn(), false, counter.skipped(), adjustments.stream().map(Adjustment::vi).toList(),
						adjustments.stream().map(Adjustment::en).toList(), calendarVersion(), text.vi(), text.en()));
	}

	/**
	 * Applies the closed pauses in the order they started, then the extensions in the
	 * order they were granted; an open pause leaves no due date.
	 */
	private Adjusted adjust(LocalDate due, LocalDate start, DeadlineInput input, DayCounter counter,
			List<Adjustment> adjustments) {
		LocalDate current = due;
		List<Pause> pauses = input.pauses().stream().sorted(Comparator.comparing(Pause::from)).toList();
		for (Pause pause : pauses.stream().filter((candidate) -> !candidate.open()).toList()) {
			LocalDate first = pause.from().isAfter(start) ? pause.from() : start.plusDays(1);
			int days = counter.count(first, pause.to());
			LocalDate before = current;
			current = counter.add(current, days).due();
			adjustments.add(Changes.pause(pause, days, counter, before, current));
		}
		List<Extension> extensions = input.extensions()
			.stream()
			.sorted(Comparator.comparing(Extension::at, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		for (Extension extension : extensions) {
			LocalDate before = current;
			current = counter.add(current, extension.days()).due();
			adjustments.add(Changes.extension(extension, counter, before, current));
		}
		Optional<Pause> open = pauses.stream().filter(Pause::open).findFirst();
		return new Adjusted(open.isPresent() ? null : current, open.orElse(null));
	}

	private record Adjusted(LocalDate due, Pause openPause) {
	}

}
