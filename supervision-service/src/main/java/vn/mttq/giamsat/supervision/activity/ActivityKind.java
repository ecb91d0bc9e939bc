package vn.mttq.giamsat.supervision.activity;

/**
 * What kind of Front activity this is; each ends in written recommendations.
 */
public enum ActivityKind {

	/** Giám sát (Decision 217-QĐ/TW; Law on the Fatherland Front, ch. V). */
	SUPERVISION,

	/** Phản biện xã hội (Decision 217-QĐ/TW; Law on the Fatherland Front, ch. VI). */
	SOCIAL_CRITICISM,

	/** Góp ý xây dựng Đảng, chính quyền (Decision 218-QĐ/TW). */
	OPINION_CONTRIBUTION,

	/** Hội nghị đối thoại (Decision 218-QĐ/TW; Law 10/2022 Art. 32). */
	DIALOGUE_CONFERENCE

}
