package vn.mttq.giamsat.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local run's SMTP server writes what it receives to a folder.
 */
class LocalMailTests {

	@Test
	void writesEachReceivedMessageAsAnEmlFile(@TempDir Path folder) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (LocalMail mail = LocalMail.start(port, folder.resolve("mail"))) {
			Properties settings = new Properties();
			settings.put("mail.smtp.host", "127.0.0.1");
			settings.put("mail.smtp.port", String.valueOf(port));
			MimeMessage message = new MimeMessage(Session.getInstance(settings));
			message.setFrom(new InternetAddress("thongbao@giamsat.local"));
			message.setRecipient(Message.RecipientType.TO, new InternetAddress("van.thu@so.gov.vn"));
			message.setSubject("Kiến nghị mới", "UTF-8");
			message.setText("Nội dung kiến nghị: rà soát", "UTF-8");
			Transport.send(message);

			List<Path> files = await().atMost(Duration.ofSeconds(10))
				.until(() -> emlFiles(mail.folder()), (found) -> found.size() == 1);
			String eml = Files.readString(files.get(0), StandardCharsets.UTF_8);
			assertThat(eml).contains("To: van.thu@so.gov.vn").contains("From: thongbao@giamsat.local");
		}
		assertThat(emlFiles(folder.resolve("mail"))).hasSize(1);
	}

	@Test
	void theMainClassRunsItWithAFolderOption() {
		MainOptions options = MainOptions.parse(List.of("mail", "--port", "3026", "--folder", "/tmp/m"));
		assertThat(options.server()).isEqualTo(MainOptions.Server.MAIL);
		assertThat(options.port()).isEqualTo(3026);
		assertThat(options.dataPath()).isEqualTo(Path.of("/tmp/m"));
	}

	private static List<Path> emlFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((f) -> f.toString().endsWith(".eml")).toList();
		}
	}

}
