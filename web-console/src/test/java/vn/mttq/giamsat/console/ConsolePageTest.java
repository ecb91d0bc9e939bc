package vn.mttq.giamsat.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.mttq.giamsat.console.agency.contacts.ContactsClient;
import vn.mttq.giamsat.console.agency.inbox.InboxClient;
import vn.mttq.giamsat.console.agency.recommendation.RecommendationClient;
import vn.mttq.giamsat.console.directory.OrganisationNames;
import vn.mttq.giamsat.console.front.activity.ActivityClient;
import vn.mttq.giamsat.console.front.directory.DirectoryClient;
import vn.mttq.giamsat.console.front.item.ItemClient;
import vn.mttq.giamsat.console.front.letter.DeadlineClient;
import vn.mttq.giamsat.console.front.letter.LetterClient;
import vn.mttq.giamsat.console.front.report.ReportClient;
import vn.mttq.giamsat.console.monitor.StatisticsClient;
import vn.mttq.giamsat.console.monitor.WorkReportClient;
import vn.mttq.giamsat.console.monitor.deadletter.DeadLetterClient;

/**
 * A web-layer test of the console's pages: the controllers, the layout, the security
 * chain, with the service clients mocked (declare them with {@code @MockitoBean}) and the
 * person signed in with {@link TestUsers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebMvcTest
@Import(ConsoleTestConfiguration.class)
@MockitoBean(types = { OrganisationNames.class, InboxClient.class, RecommendationClient.class, ContactsClient.class,
		ActivityClient.class, LetterClient.class, DeadlineClient.class, ItemClient.class, DirectoryClient.class,
		ReportClient.class, StatisticsClient.class, WorkReportClient.class, DeadLetterClient.class })
public @interface ConsolePageTest {

}
