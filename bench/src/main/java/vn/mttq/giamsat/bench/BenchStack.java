package vn.mttq.giamsat.bench;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.QueryPlans;

/**
 * The embedded broker, database server and token issuer in this JVM, and the three
 * services as their own processes with a 256 MiB heap each; closed together, also when
 * the JVM is stopped.
 */
final class BenchStack implements AutoCloseable {

	static final String FRONT_BODY = "ubmttq-tinh-dien-bien";

	static final List<String> SERVICE_JVM = List.of("-Xmx256m", "-XX:+UseSerialGC");

	private final LocalStack stack;

	private final List<ServiceProcess> services = new ArrayList<>();

	private final Thread hook = new Thread(this::kill, "bench-cleanup");

	private ServiceProcess supervision;

	private ServiceProcess recommendation;

	private ServiceProcess notification;

	private BenchStack(LocalStack stack) {
		this.stack = stack;
	}

	/**
	 * Starts everything and waits until the services are ready.
	 * @param logDir where the services' logs (and profiles) go
	 * @param profile whether each service records a JFR profile
	 */
	static BenchStack start(Path logDir, boolean profile) {
		BenchStack bench = new BenchStack(LocalStack.startTemporary());
		Runtime.getRuntime().addShutdownHook(bench.hook);
		try {
			SchedulerLease.hold(bench.mongoUri());
			bench.supervision = bench.launch("supervision-service", logDir, profile, List.of());
			// The scheduler runs a pass each second, so that the timed escalations start
			// as
			// soon as the benchmark releases the lease it holds meanwhile.
			bench.recommendation = bench.launch("recommendation-service", logDir, profile,
					List.of("--giamsat.lifecycle.scheduler-interval=1s"));
			// The key that encrypts webhook secrets at rest, made anew for each run.
			bench.notification = bench.launch("notification-service", logDir, profile,
					List.of("--giamsat.notification.secret-keys.bench=" + randomKey(),
							"--giamsat.notification.secret-key-id=bench"));
			for (ServiceProcess service : bench.services) {
				service.awaitReady(Duration.ofSeconds(240));
			}
			return bench;
		}
		catch (RuntimeException ex) {
			bench.close();
			throw ex;
		}
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private ServiceProcess launch(String module, Path logDir, boolean profile, List<String> arguments) {
		List<String> jvm = new ArrayList<>(SERVICE_JVM);
		String extra = System.getProperty("bench.service.jvm", "").trim();
		if (!extra.isEmpty()) {
			jvm.addAll(List.of(extra.split("\\s+")));
		}
		if (profile) {
			jvm.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
					+ logDir.resolve(module + ".jfr").toAbsolutePath());
		}
		ServiceProcess service = ServiceProcess.launch(module, logDir,
				Map.of("KAFKA_BOOTSTRAP", bootstrapServers(), "MONGODB_URI", mongoUri(), "MONGODB_DATABASE",
						"bench-" + module.replace("-service", ""), "OIDC_ISSUER", this.stack.issuer().issuer()),
				jvm, arguments);
		this.services.add(service);
		return service;
	}

	String token(String user, String organisation, String role) {
		return this.stack.issuer().token(user, organisation, role);
	}

	String frontToken() {
		return token("canbo.mttq.tinh", FRONT_BODY, "FRONT_OFFICIAL");
	}

	String adminToken() {
		return token("quantri", FRONT_BODY, "ADMIN");
	}

	String bootstrapServers() {
		return this.stack.kafka().bootstrapServers();
	}

	String mongoUri() {
		return this.stack.mongo().connectionString();
	}

	QueryPlans queryPlans() {
		return this.stack.mongo().queryPlans();
	}

	ServiceProcess supervision() {
		return this.supervision;
	}

	ServiceProcess recommendation() {
		return this.recommendation;
	}

	ServiceProcess notification() {
		return this.notification;
	}

	List<ServiceProcess> services() {
		return List.copyOf(this.services);
	}

	private void kill() {
		this.services.forEach(ServiceProcess::kill);
	}

	@Override
	public void close() {
		try {
			this.services.forEach(ServiceProcess::close);
			this.stack.close();
		}
		finally {
			try {
				Runtime.getRuntime().removeShutdownHook(this.hook);
			}
			catch (IllegalStateException ex) {
				// Already shutting down: the hook runs anyway.
			}
		}
	}

}
