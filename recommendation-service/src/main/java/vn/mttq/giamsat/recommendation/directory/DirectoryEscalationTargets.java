package vn.mttq.giamsat.recommendation.directory;

import org.springframework.stereotype.Component;

import vn.mttq.giamsat.recommendation.tracking.EscalationTargets;
import vn.mttq.giamsat.recommendation.tracking.TrackedRecommendation;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;

/**
 * Escalation along the directory (Law on the Fatherland Front Art. 28.7): the first step
 * goes to the addressee's superior body, later steps to the Front one level up from the
 * issuing body. Where the directory does not know the body, the next one in that order is
 * taken, and last the issuing body's own standing committee, with the reason saying so.
 * Reasons and notes name bodies by their official names, by id only when the directory
 * does not know them yet.
 */
@Component
class DirectoryEscalationTargets implements EscalationTargets {

	private final OrganisationDirectory directory;

	DirectoryEscalationTargets(OrganisationDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Target targetFor(TrackedRecommendation recommendation, int step) {
		Target superior = this.directory.parentOf(recommendation.addresseeAgencyId())
			.map((id) -> new Target(id, "cơ quan cấp trên của " + nameOf(recommendation.addresseeAgencyId())))
			.orElse(null);
		Target frontAbove = this.directory.parentOf(recommendation.issuingBodyId())
			.map((id) -> new Target(id, "Mặt trận cấp trên của " + nameOf(recommendation.issuingBodyId())))
			.orElse(null);
		Target first = (step <= 1) ? superior : frontAbove;
		Target second = (step <= 1) ? frontAbove : superior;
		if (first != null) {
			return first;
		}
		if (second != null) {
			return second;
		}
		return new Target(recommendation.issuingBodyId(),
				"danh bạ chưa có cơ quan cấp trên; báo cáo Ban Thường trực " + nameOf(recommendation.issuingBodyId()));
	}

	@Override
	public String nameOf(String organisationId) {
		return this.directory.nameOf(organisationId);
	}

}
