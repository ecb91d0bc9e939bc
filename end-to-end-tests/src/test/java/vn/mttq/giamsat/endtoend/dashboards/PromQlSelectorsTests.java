package vn.mttq.giamsat.endtoend.dashboards;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.endtoend.dashboards.PromQlSelectors.Selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PromQlSelectorsTests {

	@Test
	void aBareMetricIsOneSelectorWithoutLabels() {
		assertThat(PromQlSelectors.of("outbox_pending")).containsExactly(new Selector("outbox_pending", Set.of()));
	}

	@Test
	void matchersNameTheirLabelsButNotTheirValues() {
		assertThat(PromQlSelectors.of("up{job=\"giamsat-services\", service!~\"x|y\"} == 0"))
			.containsExactly(new Selector("up", Set.of("job", "service")));
	}

	@Test
	void functionsRangesAndGrafanaVariablesAreNotMetrics() {
		assertThat(PromQlSelectors
			.of("sum(increase(recommendation_answered_total{level=~\"$level\",timeliness=\"on_time\"}[$__range])) * 60"))
			.containsExactly(new Selector("recommendation_answered_total", Set.of("level", "timeliness")));
		assertThat(PromQlSelectors.of("rate(x_total[5m:30s]) / rate(x_total[${__rate_interval}])"))
			.containsExactly(new Selector("x_total", Set.of()), new Selector("x_total", Set.of()));
	}

	@Test
	void groupingLabelsWrittenBeforeTheArgumentBelongToItsSelectors() {
		assertThat(PromQlSelectors
			.of("histogram_quantile(0.9, sum by (le, level) (rate(recommendation_time_to_answer_seconds_bucket[1d])))"))
			.containsExactly(new Selector("recommendation_time_to_answer_seconds_bucket", Set.of("le", "level")));
	}

	@Test
	void groupingLabelsWrittenAfterTheArgumentBelongToItsSelectorsOnly() {
		List<Selector> selectors = PromQlSelectors
			.of("sum(rate(events_consumed_total[5m])) without (instance) / on (application) group_left max(outbox_pending) by (application)");
		assertThat(selectors).containsExactly(new Selector("events_consumed_total", Set.of("instance", "application")),
				new Selector("outbox_pending", Set.of("application")));
	}

	@Test
	void eachSideOfABinaryOperatorKeepsItsOwnGrouping() {
		assertThat(PromQlSelectors
			.of("sum by (level) (recommendation_overdue) - sum by (form) (recommendation_overdue offset 7d) >= 10"))
			.containsExactly(new Selector("recommendation_overdue", Set.of("level")),
					new Selector("recommendation_overdue", Set.of("form")));
	}

	@Test
	void numbersDurationsAndKeywordsAreNotMetrics() {
		assertThat(PromQlSelectors.of("topk(10, a_total) > bool 1e3 and b_total unless c_total or vector(0)"))
			.extracting(Selector::metric)
			.containsExactly("a_total", "b_total", "c_total");
	}

	@Test
	void stringsAreNotMetrics() {
		assertThat(PromQlSelectors.of("label_replace(up, \"dst\", \"$1\", \"service\", \"(.*)-service\")"))
			.containsExactly(new Selector("up", Set.of()));
	}

	@Test
	void aSelectorMayNameItsMetricAsALabel() {
		assertThat(PromQlSelectors.of("{__name__=\"deadletters_pending\", application=\"x\"}"))
			.containsExactly(new Selector("deadletters_pending", Set.of("application")));
	}

	@Test
	void unbalancedBracketsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> PromQlSelectors.of("sum by (level (x)"));
	}

}
