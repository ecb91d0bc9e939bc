package vn.mttq.giamsat.support.document;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.mttq.giamsat.support.ServiceSupportAutoConfiguration;
import vn.mttq.giamsat.support.document.web.DocumentProblems;

/**
 * The document store of every service with a database: {@link GridFsDocuments} with the
 * limits of {@code giamsat.documents.*}.
 */
@AutoConfiguration(after = { DataMongoAutoConfiguration.class, ServiceSupportAutoConfiguration.class })
@ConditionalOnSingleCandidate(MongoTemplate.class)
@EnableConfigurationProperties(DocumentProperties.class)
public class DocumentAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(Documents.class)
	GridFsDocuments documents(MongoTemplate mongo, DocumentProperties limits, Clock clock) {
		return new GridFsDocuments(mongo, limits, clock);
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	DocumentProblems documentProblems(MessageSource messages) {
		return new DocumentProblems(messages);
	}

}
