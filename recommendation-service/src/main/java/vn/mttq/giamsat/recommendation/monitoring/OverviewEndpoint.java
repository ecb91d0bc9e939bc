package vn.mttq.giamsat.recommendation.monitoring;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/overview} on the management port: the headline figures of the
 * follow-up, read from this service's meters, for people without Prometheus or Grafana.
 * JSON by default; a small page in Vietnamese and English when the caller asks for
 * {@code text/html}, as a browser does.
 */
@Component
@Endpoint(id = "overview")
public class OverviewEndpoint {

	private final MeterRegistry meters;

	private final Clock clock;

	OverviewEndpoint(MeterRegistry meters, Clock clock) {
		this.meters = meters;
		this.clock = clock;
	}

	@ReadOperation(producesFrom = OverviewFormat.class)
	public WebEndpointResponse<Object> overview(OverviewFormat format) {
		Overview overview = Overview.read(this.meters, this.clock.instant());
		if (format == OverviewFormat.HTML) {
			return new WebEndpointResponse<>(OverviewPage.render(overview), format);
		}
		return new WebEndpointResponse<>(overview, format);
	}

}
