package vn.mttq.giamsat.supervision.legalbasis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.support.domain.ConflictException;
import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Loads the legal bases of {@code giamsat.legal-bases.seed} at start-up: a JSON array of
 * {@code {id, number, title, ...}}. Only ids not stored yet are added, in file order (an
 * amending law comes before the law it amends).
 */
@Component
class LegalBasisSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LegalBasisSeed.class);

	private final LegalBases bases;

	private final ResourceLoader resources;

	private final JsonMapper json;

	private final List<String> locations;

	LegalBasisSeed(LegalBases bases, ResourceLoader resources, JsonMapper json,
			@Value("${giamsat.legal-bases.seed:}") List<String> locations) {
		this.bases = bases;
		this.resources = resources;
		this.json = json;
		this.locations = locations;
	}

	@Override
	public void run(ApplicationArguments args) {
		RecordedActor seed = new RecordedActor("system:seed", null);
		for (String location : this.locations) {
			if (location.isBlank()) {
				continue;
			}
			try (InputStream in = this.resources.getResource(location.trim()).getInputStream()) {
				int added = 0;
				for (JsonNode entry : this.json.readTree(in)) {
					String id = entry.get("id").asString();
					LegalBasisFields fields = this.json.treeToValue(
							((tools.jackson.databind.node.ObjectNode) entry.deepCopy()).without("id"),
							LegalBasisFields.class);
					try {
						added += this.bases.put(id, fields, seed, true).created() ? 1 : 0;
					}
					catch (ConflictException ex) {
						// Another instance starting at the same time seeded it first.
					}
				}
				log.info("Legal bases seed {}: {} added", location, added);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the legal bases seed " + location, ex);
			}
		}
	}

}
