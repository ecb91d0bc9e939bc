package vn.mttq.giamsat.supervision.paper;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Văn bản: an official document as lines and tables, the one model the DOCX and PDF
 * writers both set, so the two never disagree. The letterhead is two columns (the issuer,
 * the national title), the body runs across the page, and the foot is two columns again
 * (the recipients, the signature).
 *
 * @param issuerColumn the left column of the letterhead
 * @param nationColumn the right column of the letterhead
 * @param body the title, addressees, paragraphs, numbered items and tables
 * @param recipients the "Nơi nhận" column
 * @param signature the signature column
 */
public record OfficialDocument(List<Line> issuerColumn, List<Line> nationColumn, List<Block> body,
		List<Line> recipients, List<Line> signature) {

	/**
	 * The lines between the position and the signer's name, for the signature and seal.
	 */
	static final int SIGNATURE_SPACE = 4;

	public OfficialDocument {
		issuerColumn = List.copyOf(issuerColumn);
		nationColumn = List.copyOf(nationColumn);
		body = List.copyOf(body);
		recipients = List.copyOf(recipients);
		signature = List.copyOf(signature);
	}

	/**
	 * Starts a document under a letterhead.
	 * @param head the letterhead
	 * @param summary the trích yếu printed under the number ("V/v …"), or {@code null}
	 * @return a builder
	 */
	public static Builder under(Letterhead head, String summary) {
		return new Builder(head, summary);
	}

	/**
	 * Puts a document together part by part, in reading order.
	 */
	public static final class Builder {

		private final List<Line> issuer = new ArrayList<>();

		private final List<Line> nation = new ArrayList<>();

		private final List<Block> body = new ArrayList<>();

		private final List<Line> recipients = new ArrayList<>();

		private final List<Line> signature = new ArrayList<>();

		private Builder(Letterhead head, String summary) {
			head.authority().forEach((line) -> this.issuer.add(Line.of(line, Style.HEAD)));
			this.issuer.add(Line.ruled(head.body(), Style.HEAD_BOLD, 0.35f));
			this.issuer.add(Line.of(head.number(), Style.HEAD));
			if (summary != null && !summary.isBlank()) {
				this.issuer.add(Line.of(summary, Style.SUMMARY));
			}
			this.nation.add(Line.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Style.NATION));
			this.nation.add(Line.ruled("Độc lập - Tự do - Hạnh phúc", Style.HEAD_BOLD, 0.6f));
			this.nation.add(Line.of(head.placeAndDate(), Style.DATE));
		}

		/**
		 * The document's name ("BÁO CÁO") and what it is about, centred under the
		 * letterhead.
		 */
		public Builder title(String name, String subject) {
			text(name, Style.TITLE);
			if (subject != null) {
				text(subject, Style.SUBJECT);
			}
			return this;
		}

		/** "Kính gửi: …" centred; several addressees one a line. */
		public Builder addressees(List<String> names) {
			List<String> distinct = List.copyOf(new LinkedHashSet<>(names));
			if (distinct.size() == 1) {
				return text("Kính gửi: " + distinct.get(0), Style.HEAD_ADDRESSEE);
			}
			text("Kính gửi:", Style.HEAD_ADDRESSEE);
			for (int i = 0; i < distinct.size(); i++) {
				text("- " + distinct.get(i) + ((i < distinct.size() - 1) ? ";" : "."), Style.ADDRESSEE);
			}
			return this;
		}

		/** A paragraph of body text. */
		public Builder paragraph(String text) {
			return text(text, Style.BODY);
		}

		/** A numbered item: "1. …". */
		public Builder item(int number, String text) {
			return text(number + ". " + text, Style.BODY);
		}

		/** A table. */
		public Builder table(List<String> header, List<List<String>> rows, List<Integer> widths) {
			this.body.add(new Block.Table(header, rows, widths));
			return this;
		}

		/** "Nơi nhận:" and its lines, each "- …;" and the last "- Lưu: VT.". */
		public Builder recipients(List<String> names) {
			this.recipients.add(Line.of("Nơi nhận:", Style.RECIPIENTS));
			new LinkedHashSet<>(names)
				.forEach((name) -> this.recipients.add(Line.of("- " + name + ";", Style.RECIPIENT)));
			this.recipients.add(Line.of("- Lưu: VT.", Style.RECIPIENT));
			return this;
		}

		/** The signature block, with room for the signature and stamp. */
		public Builder signature(Signature signature) {
			this.signature.add(Line.of(signature.capacity(), Style.SIGNATURE));
			this.signature.add(Line.of(signature.position(), Style.SIGNATURE));
			for (int i = 0; i < SIGNATURE_SPACE; i++) {
				this.signature.add(Line.of("", Style.SIGNATURE));
			}
			if (signature.signer() != null) {
				this.signature.add(Line.of(signature.signer(), Style.SIGNATURE));
			}
			return this;
		}

		public OfficialDocument build() {
			return new OfficialDocument(this.issuer, this.nation, this.body, this.recipients, this.signature);
		}

		private Builder text(String text, Style style) {
			this.body.add(new Block.Text(Line.of(text, style)));
			return this;
		}

	}

}
