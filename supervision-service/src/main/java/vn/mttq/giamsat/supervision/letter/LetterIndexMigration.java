package vn.mttq.giamsat.supervision.letter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * Drops the unique index of letter numbers per issuer of the first version, which would
 * still refuse in January a number the issuer used the year before; numbers are now
 * unique per issuer and year ({@code issuer_year_number}).
 */
@Component
class LetterIndexMigration implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LetterIndexMigration.class);

	static final String OBSOLETE = "issuer_number";

	private final MongoTemplate mongo;

	LetterIndexMigration(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void run(ApplicationArguments args) {
		IndexOperations indexes = this.mongo.indexOps(RecommendationLetter.class);
		if (indexes.getIndexInfo().stream().anyMatch((index) -> OBSOLETE.equals(index.getName()))) {
			indexes.dropIndex(OBSOLETE);
			log.info("Dropped the obsolete index {} of letters; numbers are unique per issuer and year", OBSOLETE);
		}
	}

}
