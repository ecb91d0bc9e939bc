package vn.mttq.giamsat.notification.inbox;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.events.recommendation.Transition;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationKindsTests {

	@Test
	void theKindFilterAllowsEveryLifecycleStepAndTheKindsOfEarlierNotices() {
		assertThat(NotificationKinds.all()).containsExactlyInAnyOrderElementsOf(
				Stream.concat(Stream.of(Transition.values()).map(Transition::name), Stream.of("ISSUED", "WITHDRAWN"))
					.toList());
	}

}
