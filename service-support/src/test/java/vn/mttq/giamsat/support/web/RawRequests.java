package vn.mttq.giamsat.support.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests written byte for byte on a socket, so that no client library corrects
 * them on the way: a query string that is not UTF-8, too many parameters, a chunked body
 * over the limit.
 */
final class RawRequests {

	private static final int OVER_LIMIT = 1_100_000;

	private RawRequests() {
	}

	/**
	 * The raw cases against one endpoint of a service.
	 * @param endpoint the endpoint whose path the cases use
	 * @return the cases
	 */
	static Stream<Raw> cases(HostileRequests.Endpoint endpoint) {
		String uri = endpoint.validUri();
		String query = uri + (uri.contains("?") ? "&" : "?");
		String parameters = IntStream.range(0, 1_001).mapToObj((i) -> "p" + i + "=1").collect(Collectors.joining("&"));
		return Stream.of(new Raw("query not UTF-8", get(query + "q=%FF"), 400),
				new Raw("query with an overlong UTF-8 sequence", get(query + "q=%C0%AF"), 400),
				new Raw("query with 1,001 parameters", get(query + parameters), 400),
				new Raw("query with a NUL", get(query + "q=a%00b"), 400),
				new Raw("query with a bidi override", get(query + "q=%E2%80%AEexe"), 400),
				new Raw("the container's error page", get("/error"), 404),
				new Raw("chunked body over the limit after a complete JSON value",
						chunkedPost(uri, "{}" + " ".repeat(OVER_LIMIT)), 413));
	}

	private static byte[] get(String uri) {
		return ("GET " + uri + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer %s\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] chunkedPost(String uri, String body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("POST " + uri + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer %s\r\n"
				+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		for (int offset = 0; offset < bytes.length; offset += 8192) {
			int length = Math.min(8192, bytes.length - offset);
			out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(bytes, offset, length);
			out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	/**
	 * One raw request and the status it must get.
	 *
	 * @param name what it is
	 * @param template the request's bytes, with {@code %s} where the token goes
	 * @param status the status it must get
	 */
	record Raw(String name, byte[] template, int status) {

		void assertRefused(int port, String token) throws IOException {
			String answer = send(port, token);
			assertThat(answer).as(this.name).startsWith("HTTP/1.1 " + this.status + " ");
			String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
			assertThat(head).as("headers of the answer to %s", this.name)
				.contains("content-type: application/problem+json")
				.contains("x-content-type-options: nosniff")
				.contains("x-frame-options: deny")
				.contains("referrer-policy: no-referrer");
		}

		private String send(int port, String token) throws IOException {
			byte[] request = new String(this.template, StandardCharsets.ISO_8859_1).replaceFirst("%s", token)
				.getBytes(StandardCharsets.ISO_8859_1);
			try (Socket socket = new Socket("localhost", port)) {
				socket.setSoTimeout(30_000);
				OutputStream out = socket.getOutputStream();
				try {
					out.write(request);
					out.flush();
				}
				catch (IOException ex) {
					// The server answered and closed before the whole request was sent.
				}
				return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
