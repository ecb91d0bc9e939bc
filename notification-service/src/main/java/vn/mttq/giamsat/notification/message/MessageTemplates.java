package vn.mttq.giamsat.notification.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.mttq.giamsat.notification.document.AttachedDocument;
import vn.mttq.giamsat.notification.document.DocumentLinks;
import vn.mttq.giamsat.notification.recipients.DueDate;
import vn.mttq.giamsat.notification.recipients.NotifiableEvent;
import vn.mttq.giamsat.notification.recipients.Recipient;
import vn.mttq.giamsat.support.directory.OrganisationDirectory;
import vn.mttq.giamsat.support.domain.Phrase;
import vn.mttq.giamsat.support.domain.ResourceNotFoundException;

/**
 * Renders a notification from the templates {@code templates/messages_<lang>.properties}:
 * a title and an opening line per kind of event (and, where it differs, per kind of
 * letter, a recommendation, a social criticism or an opinion, and per role of the
 * recipient), then the item's content, its due date, marked while it is provisional, with
 * the explanation of how it was reached in the message's language, the actor's note, the
 * documents that came with the step ("Kèm theo 2 tệp:", each with its size and download
 * link, unless the wording placed {@code {documents}} itself) and a link. Placeholders
 * are {@code {name}}; an unknown one is a {@link TemplateException}, never a message with
 * a hole.
 */
@Component
public class MessageTemplates {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

	private static final Pattern BRACED = Pattern.compile("\\{([^{}]*)}");

	/** The placeholders every template may use. */
	static final Set<String> PLACEHOLDERS = Set.of("letterNumber", "issuer", "addressee", "escalatedTo", "issuedOn",
			"dueDate", "receivedOn", "closure", "content", "explanation", "note", "link", "documents", "documentCount");

	private static final String DOCUMENTS = "{documents}";

	/** A title is one line, even where a wording placed the list of documents in it. */
	private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

	private final Map<Language, Properties> templates = new EnumMap<>(Language.class);

	private final OrganisationDirectory directory;

	private final TemplateOverrides overrides;

	private final String linkBaseUrl;

	private final DocumentLinks documentLinks;

	MessageTemplates(OrganisationDirectory directory, TemplateOverrides overrides,
			@Value("${giamsat.notification.link-base-url}") String linkBaseUrl, DocumentLinks documentLinks) {
		this.directory = directory;
		this.overrides = overrides;
		this.documentLinks = documentLinks;
		this.linkBaseUrl = linkBaseUrl.endsWith("/") ? linkBaseUrl.substring(0, linkBaseUrl.length() - 1) : linkBaseUrl;
		for (Language language : Language.values()) {
			this.templates.put(language, load(language));
		}
	}

	/**
	 * Renders the message of an event for one recipient.
	 * @param event the event
	 * @param recipient who is told, and why
	 * @param language the recipient's language
	 * @return the message
	 * @throws TemplateException if a template is missing or names an unknown placeholder
	 */
	public RenderedMessage render(NotifiableEvent event, Recipient recipient, Language language) {
		return messagesOf(event).render(recipient, language);
	}

	/**
	 * The messages of one event for its recipients: the texts of a language and the names
	 * the event mentions are looked up once, however many recipients share them.
	 * @param event the event
	 * @return its messages, to render per recipient
	 */
	public EventMessages messagesOf(NotifiableEvent event) {
		return new EventMessages(event);
	}

	/**
	 * The messages of one event, rendered per recipient from texts and values looked up
	 * once per language, and names looked up once.
	 */
	public final class EventMessages {

		private final NotifiableEvent event;

		private final List<AttachedDocument> documents;

		private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);

		private final Map<Language, Map<String, String>> values = new EnumMap<>(Language.class);

		private final Map<String, String> names = new HashMap<>();

		private EventMessages(NotifiableEvent event) {
			this.event = event;
			this.documents = MessageTemplates.this.documentLinks.attach(event.documents());
		}

		/**
		 * Renders the event's message for one recipient: the answer date while the item
		 * is open, said to be provisional while it is counted from the letter's date, and
		 * how it was computed in the message's language (left out when the tracking
		 * service gave no English); the tracking service's own notes in Vietnamese only,
		 * the language they are written in. The documents that came with the step are
		 * listed after the note, unless the title or the opening line placed them.
		 * @param recipient who is told, and why
		 * @param language the recipient's language
		 * @return the message
		 * @throws TemplateException if a template is missing or names an unknown
		 * placeholder
		 */
		public RenderedMessage render(Recipient recipient, Language language) {
			NotifiableEvent event = this.event;
			Map<String, String> texts = this.texts.computeIfAbsent(language, MessageTemplates.this::texts);
			Map<String, String> values = this.values.computeIfAbsent(language,
					(key) -> values(event, this.documents, language, texts, this::nameOf));
			String titleTemplate = template(texts, event, recipient, "title");
			String introTemplate = template(texts, event, recipient, "intro");
			String title = LINE_BREAKS.matcher(fill(titleTemplate, values)).replaceAll(" ");
			StringBuilder body = new StringBuilder(fill(introTemplate, values));
			String contentLine = "line.content." + event.letterKind();
			line(body, texts, texts.containsKey(contentLine) ? contentLine : "line.content", values, event.content());
			if (event.open() && event.due() != null) {
				line(body, texts, event.due().provisional() ? "line.due.provisional" : "line.due", values,
						values.get("dueDate"));
				line(body, texts, "line.explanation", values, values.get("explanation"));
			}
			if (!event.noteBySystem() || language == Language.VI) {
				String noteLine = "line.note." + event.closure();
				line(body, texts, texts.containsKey(noteLine) ? noteLine : "line.note", values, event.note());
			}
			if (!titleTemplate.contains(DOCUMENTS) && !introTemplate.contains(DOCUMENTS)) {
				String documentsLine = (this.documents.size() == 1) ? "line.documents.one" : "line.documents";
				line(body, texts, texts.containsKey(documentsLine) ? documentsLine : "line.documents", values,
						values.get("documents"));
			}
			line(body, texts, "line.link", values, values.get("link"));
			return new RenderedMessage(language, title, body.toString(), values.get("link"), this.documents);
		}

		private String nameOf(String organisationId) {
			return this.names.computeIfAbsent(organisationId, MessageTemplates.this.directory::nameOf);
		}

	}

	/**
	 * Returns a fixed text of the templates, such as the heading of the daily digest.
	 * @param language the language
	 * @param key the template's key, e.g. {@code digest.title}
	 * @return the text
	 * @throws TemplateException if there is none
	 */
	public String text(Language language, String key) {
		String text = texts(language).get(key);
		if (text == null) {
			throw new TemplateException("No template " + key);
		}
		return text;
	}

	/**
	 * The keys of the shipped templates of a language.
	 * @param language the language
	 * @return the keys, sorted
	 */
	public List<String> keys(Language language) {
		return this.templates.get(language).stringPropertyNames().stream().sorted().toList();
	}

	/**
	 * The shipped text of a template.
	 * @param language the language
	 * @param key the key
	 * @return the text
	 * @throws ResourceNotFoundException if there is no such template
	 */
	public String shipped(Language language, String key) {
		String text = this.templates.get(language).getProperty(key);
		if (text == null) {
			throw new ResourceNotFoundException("Template", key);
		}
		return text;
	}

	/**
	 * Tells what is wrong with a new wording of a template, the wording alone (a
	 * request's {@link TemplateWording}): every {@code {...}} in it must be a placeholder
	 * templates know, with braces balanced.
	 * @param text the new wording
	 * @return what is wrong, said of the text, or empty if it can be rendered
	 */
	static Optional<Phrase> wordingProblem(String text) {
		Matcher braced = BRACED.matcher(text);
		while (braced.find()) {
			if (!PLACEHOLDERS.contains(braced.group(1))) {
				return Optional.of(Phrase.of("template.placeholder.unknown", "'{'{0}'}' is not a placeholder; use {1}",
						braced.group(1),
						String.join(", ", new TreeSet<>(PLACEHOLDERS).stream().map((p) -> "{" + p + "}").toList())));
			}
		}
		if (braced.replaceAll("").chars().anyMatch((c) -> c == '{' || c == '}')) {
			return Optional.of(Phrase.of("template.brace.unmatched",
					"has a '''{''' or '''}''' that does not enclose a placeholder"));
		}
		return Optional.empty();
	}

	private Map<String, String> texts(Language language) {
		Map<String, String> texts = new LinkedHashMap<>();
		this.templates.get(language).forEach((key, text) -> texts.put((String) key, (String) text));
		texts.putAll(this.overrides.of(language));
		return texts;
	}

	private Map<String, String> values(NotifiableEvent event, List<AttachedDocument> documents, Language language,
			Map<String, String> texts, UnaryOperator<String> names) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("letterNumber", (event.letterNumber() != null) ? event.letterNumber() : "");
		values.put("issuer", names.apply(event.issuingBodyId()));
		values.put("addressee", names.apply(event.addresseeAgencyId()));
		values.put("escalatedTo", (event.escalatedTo() != null) ? names.apply(event.escalatedTo()) : "");
		values.put("issuedOn", (event.issuedOn() != null) ? language.dates().format(event.issuedOn()) : "");
		values.put("dueDate", (event.dueDate() != null) ? language.dates().format(event.dueDate()) : "");
		values.put("receivedOn", (event.receivedOn() != null) ? language.dates().format(event.receivedOn()) : "");
		values.put("closure",
				(event.closure() != null) ? texts.getOrDefault("closure." + event.closure(), event.closure()) : "");
		values.put("content", (event.content() != null) ? event.content() : "");
		values.put("explanation", explanation(event.due(), language));
		values.put("note", (event.note() != null) ? OrganisationNames.in(event.note(), event, names) : "");
		values.put("link", this.linkBaseUrl + "/recommendations/" + event.recommendationId());
		values.put("documentCount", Integer.toString(documents.size()));
		values.put("documents",
				documents.stream()
					.map((document) -> "- " + document.describedIn(language.locale()))
					.collect(Collectors.joining("\n")));
		return values;
	}

	/**
	 * How a due date was reached, in the message's language only: an English message
	 * without the English explanation has none, never the Vietnamese one.
	 */
	private static String explanation(DueDate due, Language language) {
		String explanation = (due == null) ? null : (language == Language.VI) ? due.explanation() : due.explanationEn();
		return (explanation != null) ? explanation : "";
	}

	/**
	 * The template of a part of a message: for the kind of letter first, then for any
	 * letter; in each, the one for the event's closure and the recipient's role first,
	 * then for the closure, then for the role, then for the kind of event.
	 */
	private static String template(Map<String, String> texts, NotifiableEvent event, Recipient recipient, String part) {
		List<String> kinds = (event.letterKind() != null)
				? List.of(event.kind() + "." + event.letterKind(), event.kind()) : List.of(event.kind());
		String role = recipient.role().name();
		for (String kind : kinds) {
			List<String> keys = (event.closure() != null)
					? List.of(kind + "." + event.closure() + "." + role + "." + part,
							kind + "." + event.closure() + "." + part, kind + "." + role + "." + part,
							kind + "." + part)
					: List.of(kind + "." + role + "." + part, kind + "." + part);
			for (String key : keys) {
				String template = texts.get(key);
				if (template != null) {
					return template;
				}
			}
		}
		throw new TemplateException("No template " + event.kind() + "." + part);
	}

	private static void line(StringBuilder body, Map<String, String> texts, String key, Map<String, String> values,
			String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		String template = texts.get(key);
		if (template == null) {
			throw new TemplateException("No template " + key);
		}
		body.append('\n').append(fill(template, values));
	}

	/**
	 * Fills the placeholders of a template.
	 * @param template the text with {@code {name}} placeholders
	 * @param values the value of each name
	 * @return the filled text
	 * @throws TemplateException if a placeholder has no value
	 */
	static String fill(String template, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null) {
				throw new TemplateException("Unknown placeholder {" + matcher.group(1) + "} in \"" + template + "\"");
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		return matcher.appendTail(filled).toString();
	}

	private static Properties load(Language language) {
		String path = "templates/messages_" + language.name().toLowerCase(java.util.Locale.ROOT) + ".properties";
		try (InputStream in = MessageTemplates.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new TemplateException("No templates at classpath:" + path);
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
