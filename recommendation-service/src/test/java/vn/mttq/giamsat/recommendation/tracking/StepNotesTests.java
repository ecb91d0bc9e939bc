package vn.mttq.giamsat.recommendation.tracking;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step notes come from the message bundle: the Vietnamese texts are the ones stored
 * and published, and the English bundle has a text for every note.
 */
class StepNotesTests {

	private static final LocalDate DUE = LocalDate.of(2026, 4, 1);

	@Test
	void vietnameseNotesReadAsTheyAreStored() {
		assertThat(StepNotes.VI.text("reminded", DUE, 1L)).isEqualTo("Nhắc trả lời: hạn 01/04/2026, còn 1 ngày.");
		assertThat(StepNotes.VI.text("extended", 15, "Thiên tai.")).isEqualTo("Gia hạn thêm 15 ngày: Thiên tai.");
		assertThat(StepNotes.VI.text("due-date.changed", StepNotes.VI.day(null, "due-date.before.none"),
				StepNotes.VI.day(DUE, "due-date.after.paused")))
			.isEqualTo("Hạn trả lời: chưa có → 01/04/2026.");
	}

	@Test
	void numbersAndWordsAreWrittenAsGiven() {
		assertThat(StepNotes.VI.text("escalated.late", 1200L, "ubnd-tinh", "cơ quan cấp trên's"))
			.isEqualTo("Quá hạn 1200 ngày; chuyển đến ubnd-tinh (cơ quan cấp trên's).");
	}

	@Test
	void theEnglishBundleHasEveryNote() {
		ResourceBundle vi = bundle("vi");
		ResourceBundle en = bundle("en");

		assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(vi.keySet());
		assertThat(new StepNotes(Locale.ENGLISH).text("reminded", DUE, 1L))
			.isEqualTo("Reminder: due 01/04/2026, 1 days left.");
	}

	private static ResourceBundle bundle(String language) {
		return ResourceBundle.getBundle("messages.step-notes", Locale.forLanguageTag(language),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
