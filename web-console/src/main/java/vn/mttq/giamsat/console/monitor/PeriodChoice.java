package vn.mttq.giamsat.console.monitor;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

import vn.mttq.giamsat.console.web.DisplayFormats;
import vn.mttq.giamsat.console.web.FormProblem;

/**
 * The period selector of the monitor's pages: reads the form, puts the period (or the
 * form's problem, with status 400) and the years to choose from into the model.
 */
final class PeriodChoice {

	private static final int YEARS_OFFERED = 6;

	private final MessageSource messages;

	PeriodChoice(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The period the form asks for, or null when it is refused (the model then has the
	 * problem and the response status 400).
	 */
	ReportPeriod choose(PeriodForm form, Model model, HttpServletResponse response) {
		YearMonth thisMonth = thisMonth();
		List<Integer> years = new ArrayList<>();
		for (int i = 0; i < YEARS_OFFERED; i++) {
			years.add(thisMonth.getYear() - i);
		}
		model.addAttribute("years", years);
		PeriodForm.Checked checked = form.check(thisMonth);
		if (checked.period() == null) {
			model.addAttribute("problem",
					FormProblem.ofField(checked.field(), this.messages.getMessage(checked.messageKey(),
							new Object[] { ReportPeriod.MAX_MONTHS }, LocaleContextHolder.getLocale())));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return null;
		}
		model.addAttribute("period", checked.period());
		return checked.period();
	}

	/** A level's label in the page's language. */
	String levelLabel(String level) {
		return this.messages.getMessage("monitor.level." + level, null, level, LocaleContextHolder.getLocale());
	}

	static YearMonth thisMonth() {
		return YearMonth.now(DisplayFormats.ZONE);
	}

}
