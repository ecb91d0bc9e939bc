package vn.mttq.giamsat.notification.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.mttq.giamsat.notification.delivery.WebhookSignature;

/**
 * An organisation's system receiving webhooks, as a Standard Webhooks receiver checks
 * them: it recomputes the HMAC-SHA256 signature over {@code <id>.<timestamp>.<body>} with
 * the shared secret and compares it in constant time with each signature sent (401 if
 * none matches), refuses a timestamp more than five minutes away (401), and refuses a
 * delivery id and timestamp it has already accepted, a replay (409). Each endpoint can be
 * told how to answer: a status, or a delay.
 */
public final class WebhookReceiver implements AutoCloseable {

	private static final Duration TOLERANCE = Duration.ofMinutes(5);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

	private WebhookReceiver(HttpServer server) {
		this.server = server;
	}

	public static WebhookReceiver start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
			WebhookReceiver receiver = new WebhookReceiver(server);
			server.createContext("/hooks/", receiver::handle);
			server.setExecutor(Executors.newFixedThreadPool(16));
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Opens an endpoint that shares a secret with the service.
	 * @param name the endpoint's name, the last segment of its URL
	 * @param secret the shared secret
	 * @return the endpoint
	 */
	public Endpoint endpoint(String name, String secret) {
		Endpoint endpoint = new Endpoint(url(name), secret);
		this.endpoints.put(name, endpoint);
		return endpoint;
	}

	/**
	 * Returns an endpoint opened before.
	 * @param name its name
	 * @return the endpoint
	 */
	public Endpoint endpoint(String name) {
		return this.endpoints.get(name);
	}

	public String url(String name) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks/" + name;
	}

	private void handle(HttpExchange exchange) throws IOException {
		String name = exchange.getRequestURI().getPath().substring("/hooks/".length());
		Endpoint endpoint = this.endpoints.get(name);
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		if (endpoint == null) {
			answer(exchange, 404);
			return;
		}
		Request request = new Request(exchange.getRequestHeaders().getFirst(WebhookSignature.ID),
				exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP),
				exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE),
				exchange.getRequestHeaders().getFirst("Content-Type"), exchange.getRequestHeaders().getFirst("Host"),
				body);
		endpoint.received.add(request);
		answer(exchange, endpoint.receive(request));
	}

	private static void answer(HttpExchange exchange, int status) throws IOException {
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * One request as it arrived.
	 *
	 * @param id the delivery id header
	 * @param timestamp the timestamp header
	 * @param signature the signature header
	 * @param contentType its content type
	 * @param host its Host header
	 * @param body its exact body
	 */
	public record Request(String id, String timestamp, String signature, String contentType, String host, byte[] body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

	/**
	 * One endpoint of the receiving system.
	 */
	public static final class Endpoint {

		private final String url;

		private final String secret;

		private final List<Request> received = new CopyOnWriteArrayList<>();

		private final List<Request> accepted = new CopyOnWriteArrayList<>();

		private final Set<String> seen = ConcurrentHashMap.newKeySet();

		private final ConcurrentLinkedQueue<Integer> scripted = new ConcurrentLinkedQueue<>();

		private volatile int otherwise = 200;

		private volatile Duration delay = Duration.ZERO;

		Endpoint(String url, String secret) {
			this.url = url;
			this.secret = secret;
		}

		public String url() {
			return this.url;
		}

		public String secret() {
			return this.secret;
		}

		/**
		 * Answers these statuses first, one per request, then {@code otherwise}.
		 */
		public Endpoint answering(int otherwise, Integer... first) {
			this.scripted.clear();
			this.scripted.addAll(List.of(first));
			this.otherwise = otherwise;
			return this;
		}

		public Endpoint slow(Duration delay) {
			this.delay = delay;
			return this;
		}

		/** Every request, signed correctly or not. */
		public List<Request> received() {
			return new ArrayList<>(this.received);
		}

		/** The requests whose signature was verified and that were accepted. */
		public List<Request> accepted() {
			return new ArrayList<>(this.accepted);
		}

		/**
		 * Checks a request as a receiver must, then answers as scripted.
		 * @param request the request
		 * @return the status to answer
		 */
		public int receive(Request request) {
			int verdict = verify(request);
			if (verdict != 200) {
				return verdict;
			}
			if (!this.delay.isZero()) {
				try {
					Thread.sleep(this.delay.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			Integer next = this.scripted.poll();
			int status = (next != null) ? next : this.otherwise;
			if (status >= 200 && status < 300) {
				this.seen.add(request.id() + "|" + request.timestamp());
				this.accepted.add(request);
			}
			return status;
		}

		/**
		 * The receiver's check of a request's signature, age and novelty.
		 * @param request the request
		 * @return 200 if it may be processed, 401 or 409 otherwise
		 */
		public int verify(Request request) {
			if (request.timestamp() == null || request.signature() == null || request.id() == null) {
				return 401;
			}
			long timestamp;
			try {
				timestamp = Long.parseLong(request.timestamp());
			}
			catch (NumberFormatException ex) {
				return 401;
			}
			if (Duration.between(Instant.ofEpochSecond(timestamp), Instant.now()).abs().compareTo(TOLERANCE) > 0) {
				return 401;
			}
			if (!WebhookSignature.matches(this.secret, request.id(), timestamp, request.body(), request.signature())) {
				return 401;
			}
			if (this.seen.contains(request.id() + "|" + request.timestamp())) {
				return 409;
			}
			return 200;
		}

	}

}
