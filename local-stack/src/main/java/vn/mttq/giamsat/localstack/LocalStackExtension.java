package vn.mttq.giamsat.localstack;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * JUnit Jupiter extension that shares one {@link LocalStack} (a broker in a temporary
 * directory and an in-memory database server) among all test classes of a JVM.
 * <p>
 * The stack starts the first time a test class using the extension runs and stops when
 * the test run ends. Once started, the system properties {@value #KAFKA_BOOTSTRAP} and
 * {@value #MONGODB_URI} point at it, so a Spring application context created later in the
 * same JVM picks them up through {@code ${KAFKA_BOOTSTRAP:...}} and
 * {@code ${MONGODB_URI:...}} placeholders. Test methods and constructors may declare
 * {@link LocalStack}, {@link LocalKafka} or {@link LocalMongo} parameters.
 * <p>
 * The stack is shared: a test that stops the broker or the database to simulate an outage
 * must start it again (in a {@code finally} block) for the classes that run after it.
 *
 * @see WithLocalStack
 */
public class LocalStackExtension implements BeforeAllCallback, TestInstancePreConstructCallback, ParameterResolver {

	/**
	 * System property with the broker's {@code host:port}.
	 */
	public static final String KAFKA_BOOTSTRAP = "KAFKA_BOOTSTRAP";

	/**
	 * System property with the database connection string, without a database name.
	 */
	public static final String MONGODB_URI = "MONGODB_URI";

	/**
	 * System property with the URI of the token issuer the services trust.
	 */
	public static final String OIDC_ISSUER = "OIDC_ISSUER";

	private static final Namespace NAMESPACE = Namespace.create(LocalStackExtension.class);

	private static volatile SharedStack shared;

	/**
	 * Returns the stack shared by this JVM's tests.
	 * @return the running stack
	 * @throws IllegalStateException if no test class using the extension has started yet
	 */
	public static LocalStack stack() {
		SharedStack current = shared;
		if (current == null) {
			throw new IllegalStateException("The local stack is not running: annotate the test class with @"
					+ WithLocalStack.class.getSimpleName());
		}
		return current.stack;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		ensureStarted(context);
	}

	/**
	 * Starts the stack before the test instance exists too: with
	 * {@code @TestInstance(PER_CLASS)} the instance (and Spring's application context,
	 * through Spring's instance post-processing) is created before any {@code beforeAll}
	 * callback runs.
	 */
	@Override
	public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
		ensureStarted(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == LocalStack.class || type == LocalKafka.class || type == LocalMongo.class
				|| type == LocalIssuer.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		LocalStack stack = ensureStarted(extensionContext);
		Class<?> type = parameterContext.getParameter().getType();
		if (type == LocalKafka.class) {
			return stack.kafka();
		}
		if (type == LocalMongo.class) {
			return stack.mongo();
		}
		if (type == LocalIssuer.class) {
			return stack.issuer();
		}
		return stack;
	}

	private static LocalStack ensureStarted(ExtensionContext context) {
		// The root store computes the value once, however many classes (or threads) ask,
		// and closes it when the whole test run ends.
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(SharedStack.class, (key) -> SharedStack.start(), SharedStack.class).stack;
	}

	/**
	 * The JVM-wide stack and the system properties that advertise it.
	 */
	private static final class SharedStack implements AutoCloseable {

		private final LocalStack stack;

		private final String previousKafka;

		private final String previousMongo;

		private final String previousIssuer;

		private final SharedStack previousShared;

		private final AtomicBoolean closed = new AtomicBoolean();

		private SharedStack(LocalStack stack) {
			this.stack = stack;
			// Normally null; set when a test runs a nested test engine (JUnit's
			// EngineTestKit), whose root store gets its own stack.
			this.previousShared = shared;
			this.previousKafka = System.setProperty(KAFKA_BOOTSTRAP, stack.kafka().bootstrapServers());
			this.previousMongo = System.setProperty(MONGODB_URI, stack.mongo().connectionString());
			this.previousIssuer = System.setProperty(OIDC_ISSUER, stack.issuer().issuer());
		}

		static SharedStack start() {
			SharedStack started = new SharedStack(LocalStack.startTemporary());
			// Safety net for launchers that do not close the root store: the broker must
			// stop before its temporary directory can go.
			Runtime.getRuntime().addShutdownHook(new Thread(started::close, "local-stack-shutdown"));
			shared = started;
			return started;
		}

		@Override
		public void close() {
			if (!this.closed.compareAndSet(false, true)) {
				return;
			}
			if (shared == this) {
				shared = this.previousShared;
			}
			restore(KAFKA_BOOTSTRAP, this.previousKafka);
			restore(MONGODB_URI, this.previousMongo);
			restore(OIDC_ISSUER, this.previousIssuer);
			this.stack.close();
		}

		private static void restore(String key, String previous) {
			if (previous != null) {
				System.setProperty(key, previous);
			}
			else {
				System.clearProperty(key);
			}
		}

	}

}
