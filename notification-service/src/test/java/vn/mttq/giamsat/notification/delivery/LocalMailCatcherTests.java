package vn.mttq.giamsat.notification.delivery;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local run's SMTP server writes what it receives to a folder.
 */
class LocalMailCatcherTests {

	@Test
	void writesEachReceivedMessageAsAnEmlFile(@TempDir Path folder) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		LocalMailCatcher catcher = new LocalMailCatcher(port, folder.resolve("mail"), Clock.systemUTC());
		catcher.start();
		try {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(port);
			sender.setDefaultEncoding("UTF-8");
			EmailSender email = new EmailSender(sender, "Giám sát <thongbao@giamsat.local>");
			email.send("n-1", List.of("van.thu@so.gov.vn"), "Kiến nghị mới", "Nội dung kiến nghị: rà soát");

			List<Path> files = await().atMost(Duration.ofSeconds(10))
				.until(() -> emlFiles(folder.resolve("mail")), (found) -> found.size() == 1);
			String eml = Files.readString(files.get(0), StandardCharsets.UTF_8);
			assertThat(eml).contains("Message-ID: <n-1@notification.giamsat>").contains("To: van.thu@so.gov.vn");
		}
		finally {
			catcher.stop();
		}
		assertThat(catcher.isRunning()).isFalse();
	}

	private static List<Path> emlFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((f) -> f.toString().endsWith(".eml")).toList();
		}
	}

}
