package vn.mttq.giamsat.recommendation.directory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.mttq.giamsat.support.directory.OrganisationDirectory;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryEscalationTargetsTests {

	static final Map<String, String> NAMES = Map.of("so-nong-nghiep-dien-bien",
			"Sở Nông nghiệp và Môi trường tỉnh Điện Biên", "ubnd-tinh-dien-bien", "Ủy ban nhân dân tỉnh Điện Biên");

	static final Map<String, String> PARENTS = Map.of("so-nong-nghiep-dien-bien", "ubnd-tinh-dien-bien");

	/** A directory that knows two bodies and the agency's superior. */
	static final OrganisationDirectory DIRECTORY = new OrganisationDirectory(null, null, Duration.ZERO) {

		@Override
		public Optional<String> parentOf(String id) {
			return Optional.ofNullable(PARENTS.get(id));
		}

		@Override
		public String nameOf(String id) {
			return NAMES.getOrDefault(id, id);
		}

	};

	@Test
	void namesTheBodiesInTheReasonAndTheIdOnlyWhenTheDirectoryDoesNotKnowIt() {
		DirectoryEscalationTargets targets = new DirectoryEscalationTargets(DIRECTORY);

		assertThat(targets.nameOf("ubnd-tinh-dien-bien")).isEqualTo("Ủy ban nhân dân tỉnh Điện Biên");
		assertThat(targets.nameOf("hdnd-tinh-dien-bien")).isEqualTo("hdnd-tinh-dien-bien");
	}

}
