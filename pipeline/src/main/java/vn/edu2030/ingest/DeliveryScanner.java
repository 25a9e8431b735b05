package vn.edu2030.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.edu2030.common.SchoolYear;

/**
 * Finds the deliveries in the incoming folder
 * ({@code <feed>/<prefix>_<YYYY-YYYY>_<YYYYMMDD>.<ext>}). A file whose name does not
 * follow the contract is reported, never silently ignored.
 */
public final class DeliveryScanner {

	private static final Pattern NAME = Pattern.compile("([a-z]+)_(\\d{4}-\\d{4})_(\\d{8})\\.([a-z]+)",
			Pattern.CASE_INSENSITIVE);

	/** A file in a feed folder whose name breaks the contract. */
	public record Misnamed(Path path, String reason) {

	}

	/**
	 * What the scan found: the deliveries in {@link #LOAD_ORDER}, and the misnamed files.
	 */
	public record Scan(List<Path> files, List<Misnamed> misnamed) {

	}

	private final Path incoming;

	public DeliveryScanner(Path incoming) {
		this.incoming = incoming;
	}

	/** The files of every feed folder, sorted, without reading them. */
	public Scan list() throws IOException {
		List<Path> files = new ArrayList<>();
		List<Misnamed> misnamed = new ArrayList<>();
		for (Feed feed : Feed.values()) {
			Path folder = incoming.resolve(feed.folder());
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> entries = Files.list(folder)) {
				for (Path p : entries.filter(Files::isRegularFile).sorted().toList()) {
					String name = p.getFileName().toString();
					if (name.startsWith(".") || name.equalsIgnoreCase("README.md")) {
						continue;
					}
					String problem = problem(feed, name);
					if (problem == null) {
						files.add(p);
					}
					else {
						misnamed.add(new Misnamed(p, problem));
					}
				}
			}
		}
		files.sort(LOAD_ORDER);
		return new Scan(files, misnamed);
	}

	/** Reads the name and the content hash of a file listed by {@link #list()}. */
	public Delivery describe(Path file) throws IOException {
		Feed feed = Feed.byFolder(file.getParent().getFileName().toString()).orElseThrow();
		String name = file.getFileName().toString();
		Matcher m = NAME.matcher(name);
		if (!m.matches()) {
			throw new IllegalArgumentException(problem(feed, name));
		}
		Content content = read(file);
		return new Delivery(feed, file, name, SchoolYear.parse(m.group(2)),
				LocalDate.parse(m.group(3), DateTimeFormatter.BASIC_ISO_DATE), m.group(4).toLowerCase(),
				Files.size(file), content);
	}

	static String problem(Feed feed, String name) {
		Matcher m = NAME.matcher(name);
		if (!m.matches()) {
			return "name is not <prefix>_<YYYY-YYYY>_<YYYYMMDD>.<ext>";
		}
		if (!m.group(1).equalsIgnoreCase(feed.prefix())) {
			return "prefix '" + m.group(1) + "' is not '" + feed.prefix() + "' of feed " + feed.folder();
		}
		if (!feed.accepts(m.group(4).toLowerCase())) {
			return "extension ." + m.group(4) + " is not a format of feed " + feed.folder();
		}
		try {
			SchoolYear.parse(m.group(2));
			LocalDate.parse(m.group(3), DateTimeFormatter.BASIC_ISO_DATE);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			return ex.getMessage();
		}
		return null;
	}

	public static String sha256(Path file) throws IOException {
		return read(file).sha256();
	}

	/**
	 * What one pass over a file tells: its SHA-256, its line feeds, and whether it is
	 * plain text for the bulk readers (no quote character, no control character 0x02,
	 * carriage returns only in CRLF line ends used throughout).
	 */
	public record Content(String sha256, long lineFeeds, boolean plainText) {

	}

	public static Content read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			long lineFeeds = 0;
			long carriageReturns = 0;
			long crlf = 0;
			long others = 0;
			byte previous = 0;
			int n;
			while ((n = in.read(buffer)) > 0) {
				digest.update(buffer, 0, n);
				for (int i = 0; i < n; i++) {
					byte b = buffer[i];
					if (b < '#') {
						if (b == '\n') {
							lineFeeds++;
							if (previous == '\r') {
								crlf++;
							}
						}
						else if (b == '\r') {
							carriageReturns++;
						}
						else if (b == '"' || b == 2) {
							others++;
						}
					}
					previous = b;
				}
			}
			boolean plain = others == 0 && carriageReturns == crlf && (crlf == 0 || crlf == lineFeeds);
			return new Content(HexFormat.of().formatHex(digest.digest()), lineFeeds, plain);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Load order: by feed, school year, then delivery date, so corrections come after
	 * what they correct.
	 */
	/**
	 * The order deliveries load in, from their names alone: feed, school year, delivery
	 * date (a correction after what it corrects), then name.
	 */
	public static final Comparator<Path> LOAD_ORDER = Comparator
		.comparing((Path p) -> Feed.byFolder(p.getParent().getFileName().toString()).orElseThrow())
		.thenComparing(p -> nameGroup(p, 2))
		.thenComparing(p -> nameGroup(p, 3))
		.thenComparing(p -> p.getFileName().toString());

	private static String nameGroup(Path file, int group) {
		Matcher m = NAME.matcher(file.getFileName().toString());
		if (!m.matches()) {
			throw new IllegalArgumentException(file + ": not a delivery name");
		}
		return m.group(group);
	}

}
