package vn.mttq.giamsat.supervision.paper;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import vn.mttq.giamsat.supervision.organisation.AdministrativeUnit;
import vn.mttq.giamsat.supervision.organisation.DirectoryQueries;
import vn.mttq.giamsat.supervision.organisation.Organisation;
import vn.mttq.giamsat.supervision.organisation.OrganisationKind;

/**
 * The letterhead, place and signature of a Front body's documents, from the directory: a
 * Front committee writes as its standing board ("ỦY BAN MTTQ VIỆT NAM / TỈNH ĐIỆN BIÊN /
 * BAN THƯỜNG TRỰC", signed "TM. BAN THƯỜNG TRỰC / CHỦ TỊCH"), any other body under the
 * body above it.
 */
@Service
public class Letterheads {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** The kind of unit a name starts with, left out where the place is printed. */
	private static final Pattern UNIT_PREFIX = Pattern
		.compile("^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Thị trấn|Xã|Phường|Đặc khu)\\s+", Pattern.CASE_INSENSITIVE);

	/**
	 * "(huyện Điện Biên)" after a commune's name tells it apart in the directory only.
	 */
	private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

	/** Where a central body's documents are dated (Decree 30 Appendix I). */
	private static final String CAPITAL = "Hà Nội";

	private final DirectoryQueries directory;

	private final MongoTemplate mongo;

	Letterheads(DirectoryQueries directory, MongoTemplate mongo) {
		this.directory = directory;
		this.mongo = mongo;
	}

	/**
	 * The letterhead of a body's document.
	 * @param issuer the issuing body
	 * @param unitId the administrative unit it had on the document's date, or
	 * {@code null} for a central body
	 * @param date the document's date
	 * @param number the number and symbol as held ("125/KN-MTTQ-BTT")
	 * @return the letterhead
	 */
	public Letterhead of(Organisation issuer, String unitId, LocalDate date, String number) {
		Optional<String> unit = unitName(unitId);
		List<String> authority;
		String body;
		if (issuer.kind() == OrganisationKind.FRONT_COMMITTEE) {
			authority = unit.map((name) -> List.of("ỦY BAN MTTQ VIỆT NAM", upper(name)))
				.orElse(List.of("ỦY BAN TRUNG ƯƠNG", "MẶT TRẬN TỔ QUỐC VIỆT NAM"));
			body = "BAN THƯỜNG TRỰC";
		}
		else {
			authority = this.directory.organisation(issuer.parentId())
				.map((parent) -> List.of(upper(parent.name())))
				.orElse(List.of());
			body = upper(issuer.name());
		}
		String printed = number.startsWith("Số") ? number : "Số: " + number;
		String place = unit.map(Letterheads::place).orElse(CAPITAL);
		return new Letterhead(authority, body, printed, place, PaperDates.inWords(date));
	}

	/**
	 * The signature block of a body's documents; the signer's name is not held, so its
	 * space is left.
	 * @param issuer the issuing body
	 * @return the block
	 */
	public Signature signatureOf(Organisation issuer) {
		return switch (issuer.kind()) {
			case FRONT_COMMITTEE -> new Signature("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", null);
			case PEOPLES_INSPECTION_BOARD, COMMUNITY_INVESTMENT_BOARD ->
				new Signature("TM. " + upper(issuer.name()), "TRƯỞNG BAN", null);
			default -> new Signature("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", null);
		};
	}

	/**
	 * How the text of a document names its issuer: a committee's standing board ("Ban
	 * Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên"), any other body by
	 * its name.
	 * @param issuer the issuing body
	 * @return the name
	 */
	public String speaker(Organisation issuer) {
		return (issuer.kind() == OrganisationKind.FRONT_COMMITTEE) ? "Ban Thường trực " + issuer.name() : issuer.name();
	}

	/**
	 * The name of an organisation for the paper; an organisation the directory does not
	 * know has none, since an id is never printed.
	 * @param id the organisation
	 * @return its name
	 */
	public Optional<String> nameOf(String id) {
		return this.directory.organisation(id).map(Organisation::name);
	}

	/** "Tỉnh Điện Biên" is dated "Điện Biên". */
	static String place(String unitName) {
		return UNIT_PREFIX.matcher(QUALIFIER.matcher(unitName).replaceFirst("")).replaceFirst("");
	}

	private Optional<String> unitName(String unitId) {
		return Optional.ofNullable(unitId)
			.map((id) -> this.mongo.findById(id, AdministrativeUnit.class))
			.map((unit) -> QUALIFIER.matcher(unit.name()).replaceFirst(""));
	}

	private static String upper(String text) {
		return text.toUpperCase(VIETNAMESE);
	}

}
