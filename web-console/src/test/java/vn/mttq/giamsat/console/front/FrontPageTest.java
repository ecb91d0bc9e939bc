package vn.mttq.giamsat.console.front;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.mttq.giamsat.console.ConsolePageTest;
import vn.mttq.giamsat.console.front.activity.ActivityClient;
import vn.mttq.giamsat.console.front.directory.DirectoryClient;
import vn.mttq.giamsat.console.front.item.RecommendationClient;
import vn.mttq.giamsat.console.front.letter.DeadlineClient;
import vn.mttq.giamsat.console.front.letter.LetterClient;
import vn.mttq.giamsat.console.front.report.ReportClient;

/**
 * A test of the Front official's pages: the console's page test with every client of
 * those pages mocked (a test stubs the ones its page calls).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ConsolePageTest
@MockitoBean(types = { ActivityClient.class, LetterClient.class, DeadlineClient.class, RecommendationClient.class,
		DirectoryClient.class, ReportClient.class })
public @interface FrontPageTest {

}
