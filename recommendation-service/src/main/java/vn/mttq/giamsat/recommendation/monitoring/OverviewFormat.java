package vn.mttq.giamsat.recommendation.monitoring;

import org.springframework.boot.actuate.endpoint.Producible;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * What the overview answers with, chosen by the request's {@code Accept} header: JSON
 * unless the caller prefers HTML, as a browser does.
 */
enum OverviewFormat implements Producible<OverviewFormat> {

	/** The figures as JSON. */
	JSON(MimeTypeUtils.APPLICATION_JSON),

	/** A small self-contained page. */
	HTML(MimeType.valueOf("text/html;charset=UTF-8"));

	private final MimeType mimeType;

	OverviewFormat(MimeType mimeType) {
		this.mimeType = mimeType;
	}

	@Override
	public MimeType getProducedMimeType() {
		return this.mimeType;
	}

	@Override
	public boolean isDefault() {
		return this == JSON;
	}

}
