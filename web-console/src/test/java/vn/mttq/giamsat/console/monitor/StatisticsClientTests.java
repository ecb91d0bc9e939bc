package vn.mttq.giamsat.console.monitor;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import vn.mttq.giamsat.console.service.ServiceClients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

class StatisticsClientTests {

	private static final ReportPeriod FIRST_HALF = new ReportPeriod(YearMonth.of(2026, 1), YearMonth.of(2026, 6));

	private final RestClient.Builder builder = RestClient.builder().baseUrl("http://recommendation");

	private final MockRestServiceServer server = MockRestServiceServer.bindTo(this.builder).build();

	private final StatisticsClient client = new StatisticsClient(
			ServiceClients.of(RestClient.create(), this.builder.build(), RestClient.create()));

	@Test
	void anAgencysRowsAreReadAsTheServiceAnswersThem() {
		this.server
			.expect(requestTo("http://recommendation/api/v1/statistics/agencies?from=2026-01&to=2026-06&page=0&size=500"
					+ "&agencyId=so-tai-chinh"))
			.andRespond(withSuccess(
					"""
							{"from":"2026-01","to":"2026-06","asOf":"2026-07-15","minimumItems":5,"sort":"agency",
							 "rows":[{"agencyId":"so-tai-chinh","level":"PROVINCE","rank":null,"suppressed":false,"issued":9,
							  "withdrawn":1,"inForce":8,"answered":5,"answeredOnTime":4,"answeredLate":1,"unansweredLate":2,
							  "medianDaysToAnswer":null,"medianNote":"NOT_REACHED","open":4,"overdue":2,"resolved":3,
							  "unresolved":0,"agreed":1,"escalated":1,"answerRate":62.5,"onTimeRate":57.1,"resolutionRate":37.5}],
							 "total":{"suppressed":false,"issued":9,"answerRate":62.5},
							 "page":0,"size":500,"totalElements":1,"totalPages":1}
							""",
					MediaType.APPLICATION_JSON));

		StatisticsPage page = this.client.agencies(FIRST_HALF, "so-tai-chinh");

		assertThat(page.asOf()).isEqualTo("2026-07-15");
		assertThat(page.rows()).singleElement().satisfies((row) -> {
			assertThat(row.level()).isEqualTo("PROVINCE");
			assertThat(row.inForce()).isEqualTo(8);
			assertThat(row.onTimeRate()).isEqualByComparingTo(new BigDecimal("57.1"));
			assertThat(row.medianNote()).isEqualTo("NOT_REACHED");
		});
		assertThat(page.total().answerRate()).isEqualByComparingTo(new BigDecimal("62.5"));
		this.server.verify();
	}

	@Test
	void aMonthsTotalAsksForOneRowOnly() {
		this.server
			.expect(requestTo("http://recommendation/api/v1/statistics/agencies?from=2026-03&to=2026-03&page=0&size=1"))
			.andRespond(withSuccess("{\"rows\":[],\"total\":{\"suppressed\":true,\"issued\":2},\"totalPages\":0}",
					MediaType.APPLICATION_JSON));

		AgencyFigures total = this.client.total(ReportPeriod.of(YearMonth.of(2026, 3)), null);

		assertThat(total.suppressed()).isTrue();
		assertThat(total.issued()).isEqualTo(2);
		this.server.verify();
	}

}
