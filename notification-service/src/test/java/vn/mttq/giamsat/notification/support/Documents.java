package vn.mttq.giamsat.notification.support;

import vn.mttq.giamsat.events.DocumentReference;

/**
 * Documents as lifecycle steps name them: a letter's signed scan kept by
 * supervision-service, an agency's reply and evidence kept by recommendation-service.
 */
public final class Documents {

	/** 1,2 MB. */
	public static final long SCAN_SIZE = 1_258_291;

	private Documents() {
	}

	public static DocumentReference signedScan(String activityId) {
		return reference("d-scan", "125-KN-MTTQ-BTT.pdf", "application/pdf", SCAN_SIZE, "supervision-service",
				"/api/v1/activities/" + activityId + "/documents/d-scan");
	}

	public static DocumentReference reply(String recommendationId) {
		return reference("d-reply", "CV-412.pdf", "application/pdf", 183_406, "recommendation-service",
				"/api/v1/recommendations/" + recommendationId + "/documents/d-reply");
	}

	public static DocumentReference evidence(String recommendationId) {
		return reference("d-photo", "Ảnh hiện trường.jpg", "image/jpeg", 3_670_016, "recommendation-service",
				"/api/v1/recommendations/" + recommendationId + "/documents/d-photo");
	}

	public static DocumentReference kept(String service, String name, long size) {
		return reference("d-" + name, name, "application/pdf", size, service, "/api/v1/files/d-" + name);
	}

	private static DocumentReference reference(String id, String name, String type, long size, String service,
			String href) {
		return new DocumentReference(id, name, type, size,
				"3b7e9d1f5a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7c9e2b4d6f8a0c1e3b", service, href);
	}

}
