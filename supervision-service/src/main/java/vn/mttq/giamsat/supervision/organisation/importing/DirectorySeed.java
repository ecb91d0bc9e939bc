package vn.mttq.giamsat.supervision.organisation.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.support.security.RecordedActor;

/**
 * Loads the directory files named in {@code giamsat.directory.seed} at start-up, in the
 * import's JSON format. Only ids the directory does not hold yet are added, so an
 * administrator's later changes are kept and a restart publishes nothing new.
 */
@Component
class DirectorySeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DirectorySeed.class);

	static final RecordedActor SEED = new RecordedActor("system:seed", null);

	private final DirectoryImporting importing;

	private final ResourceLoader resources;

	private final JsonMapper json;

	private final List<String> locations;

	DirectorySeed(DirectoryImporting importing, ResourceLoader resources, JsonMapper json,
			@Value("${giamsat.directory.seed:}") List<String> locations) {
		this.importing = importing;
		this.resources = resources;
		this.json = json;
		this.locations = locations;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String location : this.locations) {
			if (location.isBlank()) {
				continue;
			}
			Resource resource = this.resources.getResource(location.trim());
			try (InputStream in = resource.getInputStream()) {
				ImportResult result = this.importing.importJson(this.json.readTree(in), SEED, true);
				log.info("Directory seed {}: {}", location, result);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the directory seed " + location, ex);
			}
		}
	}

}
