package vn.mttq.giamsat.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import vn.mttq.giamsat.localstack.LocalStack;
import vn.mttq.giamsat.localstack.QueryPlans;
import vn.mttq.giamsat.testfixtures.ApiClient;
import vn.mttq.giamsat.testfixtures.ServiceLaunch;
import vn.mttq.giamsat.testfixtures.ServiceProcess;
import vn.mttq.giamsat.testfixtures.WebhookSecretKey;

/**
 * The embedded broker, database server and token issuer in this JVM, and the three
 * services as their own processes with a 256 MiB heap each; closed together, also when
 * the JVM is stopped.
 */
final class BenchStack implements AutoCloseable {

	static final String FRONT_BODY = "ubmttq-tinh-dien-bien";

	static final List<String> SERVICE_JVM = List.of("-Xmx256m", "-XX:+UseSerialGC");

	static final ApiClient API = new ApiClient(Duration.ofSeconds(60));

	private final LocalStack stack;

	private final List<ServiceProcess> services = new ArrayList<>();

	private final Meters meters = new Meters(this::adminToken);

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
					WebhookSecretKey.arguments("bench"));
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
		ServiceProcess service = ServiceLaunch.of(module)
			.logTo(logDir.resolve(module + ".log"))
			.jvm(jvm)
			.against(this.stack, "bench-" + module.replace("-service", ""))
			.arguments(arguments)
			.start();
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

	/**
	 * The services' meters, read with an ADMIN token (the management port asks for one).
	 */
	Meters meters() {
		return this.meters;
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
