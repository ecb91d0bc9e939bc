package vn.mttq.giamsat.docs;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository's Markdown reads as a whole: every relative link reaches a file of the
 * repository and, for a Markdown target, a heading of it (as GitHub makes its anchors);
 * external links are well-formed (never fetched); and no page speaks of the work's own
 * sessions, only of dates and commands. Lives in {@code events} because its tests start
 * nothing.
 */
class MarkdownLinksTests {

	/**
	 * Pages where a session is a thing of the product: a supervision meeting in the law's
	 * description, a person's signed-in session in the web console's pages.
	 */
	private static final Set<String> SESSION_EXEMPT = Set.of("docs/domain.md", "docs/web-console.md",
			"docs/decisions/0009-console-sign-in-store.md");

	/** Names of things, not a span of work. */
	private static final List<String> SESSION_TERMS = List.of("working session", "supervision session",
			"session cookie", "spring session", "http session");

	private static final Pattern INLINE_LINK = Pattern.compile(
			"!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*(<[^>]*>|[^\\s)]+(?:\\([^)]*\\)[^\\s)]*)*)(?:\\s+\"[^\"]*\")?\\s*\\)");

	private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*(\\S+)");

	private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");

	private static final Pattern HTML_LINK = Pattern.compile("<(?:a|img)\\s[^>]*?(?:href|src)=\"([^\"]+)\"");

	private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s[^>]*?(?:name|id)=\"([^\"]+)\"");

	private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");

	private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");

	private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+)");

	private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");

	private static final Pattern SESSION = Pattern.compile("session", Pattern.CASE_INSENSITIVE);

	private final Path root = repositoryRoot();

	private final Map<Path, Set<String>> anchors = new HashMap<>();

	@Test
	void everyLinkInTheMarkdownResolves() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Path file : markdownFiles()) {
			List<String> lines = prose(file);
			for (int i = 0; i < lines.size(); i++) {
				for (String target : links(lines.get(i))) {
					String problem = problem(file, target);
					if (problem != null) {
						broken.add(name(file) + ":" + (i + 1) + ": " + target + " (" + problem + ")");
					}
				}
			}
		}
		assertThat(broken).as("broken links").isEmpty();
	}

	@Test
	void noPageSpeaksOfSessions() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : markdownFiles()) {
			if (SESSION_EXEMPT.contains(name(file))) {
				continue;
			}
			List<String> lines = prose(file);
			for (int i = 0; i < lines.size(); i++) {
				String line = withoutCode(lines.get(i)).toLowerCase(Locale.ROOT);
				for (String term : SESSION_TERMS) {
					line = line.replace(term, "");
				}
				if (SESSION.matcher(line).find()) {
					found.add(name(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
				}
			}
		}
		assertThat(found).as("lines that speak of sessions; say the date and the command instead").isEmpty();
	}

	@Test
	void slugsAreTheOnesGitHubMakes() {
		assertThat(slug("Following a recommendation until it is closed"))
			.isEqualTo("following-a-recommendation-until-it-is-closed");
		assertThat(slug("Reliability: nothing lost, nothing doubled"))
			.isEqualTo("reliability-nothing-lost-nothing-doubled");
		assertThat(slug("Indexes, on MongoDB and on the embedded server"))
			.isEqualTo("indexes-on-mongodb-and-on-the-embedded-server");
		assertThat(slug("Alert rules (`ops/prometheus/alerts.yml`)")).isEqualTo("alert-rules-opsprometheusalertsyml");
		assertThat(slug("Giám sát MTTQ")).isEqualTo("giám-sát-mttq");
		assertThat(slug("What limits the pipeline (profile evidence)"))
			.isEqualTo("what-limits-the-pipeline-profile-evidence");
		assertThat(slug("0001 — The in-document outbox")).isEqualTo("0001--the-in-document-outbox");
	}

	private String problem(Path file, String target) throws IOException {
		if (target.matches("(?i)https?:.*")) {
			return wellFormed(target) ? null : "not a well-formed URL";
		}
		if (target.matches("(?i)mailto:[^\\s@]+@[^\\s@]+")) {
			return null;
		}
		if (target.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
			return "a scheme other than http, https or mailto";
		}
		int hash = target.indexOf('#');
		String path = decode((hash >= 0) ? target.substring(0, hash) : target);
		String anchor = (hash >= 0) ? decode(target.substring(hash + 1)) : null;
		Path resolved = path.isEmpty() ? file
				: (path.startsWith("/") ? this.root.resolve(path.substring(1)) : file.getParent().resolve(path))
					.normalize();
		if (!resolved.startsWith(this.root)) {
			return "outside the repository";
		}
		if (!Files.exists(resolved)) {
			return "no such file";
		}
		if (anchor != null && resolved.toString().endsWith(".md") && !anchorsOf(resolved).contains(anchor)) {
			return "no heading with this anchor in " + name(resolved);
		}
		return null;
	}

	private static boolean wellFormed(String url) {
		try {
			URI uri = new URI(url);
			return uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static String decode(String text) {
		return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static List<String> links(String line) {
		String text = withoutCode(line);
		List<String> links = new ArrayList<>();
		for (Pattern pattern : List.of(INLINE_LINK, REFERENCE_DEFINITION, AUTOLINK, HTML_LINK)) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				String target = matcher.group(1);
				links.add(target.startsWith("<") ? target.substring(1, target.length() - 1) : target);
			}
		}
		return links;
	}

	private Set<String> anchorsOf(Path file) throws IOException {
		Set<String> known = this.anchors.get(file);
		if (known == null) {
			known = new LinkedHashSet<>();
			Map<String, Integer> seen = new HashMap<>();
			List<String> lines = prose(file);
			for (int i = 0; i < lines.size(); i++) {
				String heading = heading(lines, i);
				if (heading != null) {
					String slug = slug(heading);
					int count = seen.merge(slug, 1, Integer::sum);
					known.add((count == 1) ? slug : slug + "-" + (count - 1));
				}
				Matcher html = HTML_ANCHOR.matcher(lines.get(i));
				while (html.find()) {
					known.add(html.group(1));
				}
			}
			this.anchors.put(file, known);
		}
		return known;
	}

	private static String heading(List<String> lines, int i) {
		Matcher atx = ATX_HEADING.matcher(lines.get(i));
		if (atx.matches()) {
			return atx.group(1);
		}
		boolean underlined = i + 1 < lines.size() && SETEXT_UNDERLINE.matcher(lines.get(i + 1)).matches();
		String line = lines.get(i).strip();
		return (underlined && !line.isEmpty() && !line.startsWith("|") && !line.startsWith("-")) ? line : null;
	}

	/**
	 * GitHub's anchor for a heading: its text lowercased, punctuation dropped, spaces as
	 * hyphens.
	 */
	static String slug(String heading) {
		String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "");
		return text.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "").replace(' ', '-');
	}

	/**
	 * The file's lines with fenced code blanked, so that neither links nor words in code
	 * count.
	 */
	private static List<String> prose(Path file) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
		String fence = null;
		for (int i = 0; i < lines.size(); i++) {
			Matcher matcher = FENCE.matcher(lines.get(i));
			if (fence == null && matcher.find()) {
				fence = matcher.group(1);
				lines.set(i, "");
			}
			else if (fence != null) {
				boolean closes = matcher.find() && matcher.group(1).charAt(0) == fence.charAt(0)
						&& matcher.group(1).length() >= fence.length();
				lines.set(i, "");
				fence = closes ? null : fence;
			}
		}
		return lines;
	}

	private static String withoutCode(String line) {
		return CODE_SPAN.matcher(line).replaceAll("");
	}

	private List<Path> markdownFiles() throws IOException {
		List<Path> files = gitFiles();
		if (files == null) {
			try (Stream<Path> walk = Files.walk(this.root)) {
				files = walk.filter((path) -> path.toString().endsWith(".md"))
					.filter((path) -> !skipped(this.root.relativize(path)))
					.toList();
			}
		}
		assertThat(files).as("Markdown files").extracting(this::name).contains("README.md");
		return files;
	}

	/**
	 * Tracked files and new ones not ignored, when git is there to say which those are.
	 */
	private List<Path> gitFiles() {
		try {
			Process git = new ProcessBuilder("git", "ls-files", "--cached", "--others", "--exclude-standard", "-z",
					"--", "*.md")
				.directory(this.root.toFile())
				.redirectErrorStream(false)
				.start();
			String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
				return null;
			}
			return Stream.of(out.split("\0"))
				.filter((name) -> !name.isEmpty())
				.map(this.root::resolve)
				.filter(Files::exists)
				.distinct()
				.toList();
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static boolean skipped(Path relative) {
		for (Path part : relative) {
			String name = part.toString();
			if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private String name(Path file) {
		return this.root.relativize(file).toString().replace('\\', '/');
	}

	private static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !(Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("README.md")))) {
			dir = dir.getParent();
		}
		assertThat(dir).as("the repository's root, above " + Path.of("").toAbsolutePath()).isNotNull();
		return dir.normalize();
	}

}
