package vn.mttq.giamsat.console.session;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import vn.mttq.giamsat.console.ConsoleTestConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class MongoSessionRepositoryTests {

	private static final Duration IDLE = Duration.ofMinutes(30);

	private MongoServer server;

	private MongoClient client;

	private MongoTemplate mongo;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T02:00:00Z"));

	@BeforeEach
	void startDatabase() {
		this.server = new MongoServer(new MemoryBackend());
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
		this.mongo = new MongoTemplate(this.client, "console");
	}

	@AfterEach
	void stopDatabase() {
		this.client.close();
		this.server.shutdown();
	}

	@Test
	void aSignedInSessionSurvivesARestartOfTheConsole() {
		MongoSessionRepository before = new MongoSessionRepository(this.mongo, IDLE, this.clock);
		StoredSession session = before.createSession();
		session.setAttribute("SPRING_SECURITY_CONTEXT", signedIn());
		session.setAttribute("authorizedClients", Map.of("giamsat", authorizedClient()));
		before.save(session);

		MongoSessionRepository after = new MongoSessionRepository(this.mongo, IDLE, this.clock);
		StoredSession found = after.findById(session.getId());

		assertThat(found).isNotNull();
		SecurityContext context = found.getAttribute("SPRING_SECURITY_CONTEXT");
		assertThat(context.getAuthentication().getName()).isEqualTo("canbo.so.nnmt");
		Map<String, OAuth2AuthorizedClient> clients = found.getAttribute("authorizedClients");
		assertThat(clients.get("giamsat").getAccessToken().getTokenValue()).isEqualTo("access-token");
	}

	@Test
	void anExpiredSessionIsGone() {
		MongoSessionRepository sessions = new MongoSessionRepository(this.mongo, IDLE, this.clock);
		StoredSession session = sessions.createSession();
		sessions.save(session);

		this.clock.move(IDLE.plusSeconds(1));

		assertThat(sessions.findById(session.getId())).isNull();
		assertThat(stored(session.getId())).isNull();
	}

	@Test
	void aRequestThatChangesNothingMovesTheExpiryOnAtMostOnceAMinute() {
		MongoSessionRepository sessions = new MongoSessionRepository(this.mongo, IDLE, this.clock);
		StoredSession session = sessions.createSession();
		sessions.save(session);
		Instant firstExpiry = stored(session.getId()).getDate("expireAt").toInstant();

		StoredSession soonAfter = sessions.findById(session.getId());
		soonAfter.setLastAccessedTime(this.clock.instant().plusSeconds(30));
		sessions.save(soonAfter);
		assertThat(stored(session.getId()).getDate("expireAt").toInstant()).isEqualTo(firstExpiry);

		StoredSession later = sessions.findById(session.getId());
		later.setLastAccessedTime(this.clock.instant().plusSeconds(90));
		sessions.save(later);
		assertThat(stored(session.getId()).getDate("expireAt").toInstant()).isEqualTo(firstExpiry.plusSeconds(90));
	}

	@Test
	void signingInWithANewIdForgetsTheOldOne() {
		MongoSessionRepository sessions = new MongoSessionRepository(this.mongo, IDLE, this.clock);
		StoredSession session = sessions.createSession();
		sessions.save(session);
		String before = session.getId();

		session.changeSessionId();
		sessions.save(session);

		assertThat(sessions.findById(before)).isNull();
		assertThat(sessions.findById(session.getId())).isNotNull();
	}

	@Test
	void aSessionThatCannotBeReadAnyMoreIsNone() {
		MongoSessionRepository sessions = new MongoSessionRepository(this.mongo, IDLE, this.clock);
		StoredSession session = sessions.createSession();
		sessions.save(session);
		this.mongo.getCollection(MongoSessionRepository.COLLECTION)
			.updateOne(Filters.eq("_id", session.getId()),
					new Document("$set", new Document("attributes", new Binary(new byte[] { 1, 2, 3 }))));

		assertThat(sessions.findById(session.getId())).isNull();
		assertThat(stored(session.getId())).isNull();
	}

	private Document stored(String id) {
		return this.mongo.getCollection(MongoSessionRepository.COLLECTION).find(Filters.eq("_id", id)).first();
	}

	private static SecurityContext signedIn() {
		OidcIdToken token = OidcIdToken.withTokenValue("id-token")
			.subject("canbo.so.nnmt")
			.claim("preferred_username", "canbo.so.nnmt")
			.claim("roles", List.of("AGENCY_OFFICER"))
			.issuedAt(Instant.parse("2026-12-01T02:00:00Z"))
			.expiresAt(Instant.parse("2026-12-01T02:30:00Z"))
			.build();
		DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_AGENCY_OFFICER")), token,
				"preferred_username");
		return new SecurityContextImpl(new OAuth2AuthenticationToken(user, user.getAuthorities(), "giamsat"));
	}

	private static OAuth2AuthorizedClient authorizedClient() {
		return new OAuth2AuthorizedClient(ConsoleTestConfiguration.registration(), "canbo.so.nnmt",
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token",
						Instant.parse("2026-12-01T02:00:00Z"), Instant.parse("2026-12-01T02:30:00Z")));
	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void move(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
