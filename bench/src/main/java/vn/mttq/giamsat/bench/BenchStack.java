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
 * The embedded broker, database server and token issuer in this JVM, and each of the
 * three services as one or more processes of its own, started as run-local.sh starts them
 * ({@link ServiceJvm}); closed together, also when the JVM is stopped.
 */
final class BenchStack implements AutoCloseable {

	static final String FRONT_BODY = "ubmttq-tinh-dien-bien";

	static final ApiClient API = new ApiClient(Duration.ofSeconds(60));

	private final LocalStack stack;

	private final List<ServiceProcess> services = new ArrayList<>();

	private final List<ServiceGroup> groups = new ArrayList<>();

	private final Meters meters = new Meters(this::adminToken);

	private final Thread hook = new Thread(this::kill, "bench-cleanup");

	private final List<String> sharing = new ArrayList<>();

	private Memory memory;

	private BenchStack(LocalStack stack) {
		this.stack = stack;
	}

	/**
	 * Starts everything and waits until the services are ready.
	 * @param logDir where the services' logs (and profiles) go
	 * @param options whether each service records a JFR profile, and how many instances
	 * of each run
	 */
	static BenchStack start(Path logDir, BenchOptions options) {
		BenchStack bench = new BenchStack(LocalStack.startTemporary());
		Runtime.getRuntime().addShutdownHook(bench.hook);
		try {
			SchedulerLease.hold(bench.mongoUri());
			// The scheduler runs a pass each second, so that the timed escalations start
			// as soon as the benchmark releases the lease it holds meanwhile. The key
			// that
			// encrypts webhook secrets at rest is made anew for each run, the same for
			// every instance.
			List<List<String>> arguments = List.of(List.of(), List.of("--giamsat.lifecycle.scheduler-interval=1s"),
					WebhookSecretKey.arguments("bench"));
			List<String> modules = List.of("supervision-service", "recommendation-service", "notification-service");
			List<ServiceJvm> jvms = new ArrayList<>();
			for (String module : modules) {
				jvms.add(ServiceJvm.prepare(module, bench.stack, logDir, extraOptions(), options.cds(),
						arguments.get(modules.indexOf(module))));
				if (jvms.get(jvms.size() - 1).sharesClasses()) {
					bench.sharing.add(module.replace("-service", ""));
				}
			}
			List<List<ServiceProcess>> instances = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
			// One instance of each service at a time: on 2 cores nine JVMs starting
			// together would take minutes.
			for (int n = 1; n <= options.instances(); n++) {
				List<ServiceProcess> wave = new ArrayList<>();
				for (int i = 0; i < modules.size(); i++) {
					wave.add(bench.launch(modules.get(i), n, options, jvms.get(i), logDir, arguments.get(i)));
					instances.get(i).add(wave.get(wave.size() - 1));
				}
				for (ServiceProcess service : wave) {
					service.awaitReady(Duration.ofSeconds(240));
				}
			}
			for (int i = 0; i < modules.size(); i++) {
				bench.groups.add(new ServiceGroup(modules.get(i), instances.get(i)));
			}
			bench.memory = Memory.watch(bench.groups);
			return bench;
		}
		catch (RuntimeException ex) {
			bench.close();
			throw ex;
		}
	}

	private static List<String> extraOptions() {
		String extra = System.getProperty("bench.service.jvm", "").trim();
		return extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"));
	}

	private ServiceProcess launch(String module, int instance, BenchOptions options, ServiceJvm jvm, Path logDir,
			List<String> arguments) {
		String name = (options.instances() > 1) ? module + "-" + instance : module;
		List<String> jvmOptions = new ArrayList<>(jvm.options());
		if (options.profile()) {
			jvmOptions.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
					+ logDir.resolve(name + ".jfr").toAbsolutePath());
		}
		ServiceProcess service = ServiceLaunch.of(module)
			.name(name)
			.jar(jvm.jar())
			.logTo(logDir.resolve(name + ".log"))
			.jvm(jvmOptions)
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

	/** Which services start with a class data sharing archive. */
	String sharing() {
		return this.sharing.isEmpty() ? "none" : String.join(", ", this.sharing);
	}

	/** The services' resident memory, sampled since they were all ready. */
	Memory memory() {
		return this.memory;
	}

	QueryPlans queryPlans() {
		return this.stack.mongo().queryPlans();
	}

	/** The supervision-service instance the next call goes to. */
	ServiceProcess supervision() {
		return this.groups.get(0).next();
	}

	/** The recommendation-service instance the next call goes to. */
	ServiceProcess recommendation() {
		return this.groups.get(1).next();
	}

	/** The notification-service instance the next call goes to. */
	ServiceProcess notification() {
		return this.groups.get(2).next();
	}

	/** Every instance of every service. */
	List<ServiceProcess> services() {
		return List.copyOf(this.services);
	}

	/** The services, each with its instances. */
	List<ServiceGroup> groups() {
		return List.copyOf(this.groups);
	}

	private void kill() {
		this.services.forEach(ServiceProcess::kill);
	}

	@Override
	public void close() {
		try {
			if (this.memory != null) {
				this.memory.close();
			}
			ServiceProcess.stopAll(this.services);
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
