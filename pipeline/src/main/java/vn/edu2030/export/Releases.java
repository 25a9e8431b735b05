package vn.edu2030.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.edu2030.common.Folders;

/**
 * The release folder {@code <home>/releases}: one folder per release, named by its run id
 * ({@code 20261123T021500Z-load42}: UTC time, then the export's load id), written as
 * {@code .<run id>.partial} and renamed when complete; {@code latest}, a symlink to the
 * current release, and {@code LATEST}, a text file with its run id, both replaced
 * atomically; older releases deleted beyond the number kept.
 */
public final class Releases {

	private static final Logger log = LoggerFactory.getLogger(Releases.class);

	public static final String LATEST_LINK = "latest";

	public static final String LATEST_FILE = "LATEST";

	static final Pattern RUN_ID = Pattern.compile("(\\d{8}T\\d{6}Z)-load(\\d+)");

	private static final Pattern PARTIAL = Pattern.compile("\\..+\\.partial");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/**
	 * Oldest first: by time, then by load id (two exports in the same second; the load id
	 * compared as a number).
	 */
	public static final Comparator<String> OLDEST_FIRST = Comparator.comparing((String id) -> part(id, 1))
		.thenComparingLong(id -> Long.parseLong(part(id, 2)));

	private final Path folder;

	public Releases(Path folder) {
		this.folder = folder;
	}

	public Path folder() {
		return folder;
	}

	public static String runId(Instant at, long loadId) {
		return STAMP.format(at) + "-load" + loadId;
	}

	public static boolean isRunId(String name) {
		return RUN_ID.matcher(name).matches();
	}

	/** Creates the empty folder a release is written into. */
	public Path createPartial(String runId) throws IOException {
		Files.createDirectories(folder);
		Path partial = folder.resolve("." + runId + ".partial");
		Folders.deleteTree(partial);
		return Files.createDirectory(partial);
	}

	/**
	 * Deletes what exports that died left behind. Only under the nightly lock: another
	 * export could be writing one.
	 */
	public void removeLeftoverPartials() throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path p : entries.filter(p -> PARTIAL.matcher(p.getFileName().toString()).matches()).toList()) {
				log.warn("removing {}, left by an export that stopped", p);
				Folders.deleteTree(p);
			}
		}
	}

	/** Renames the finished {@code .<run id>.partial} to {@code <run id>}. */
	public Path complete(String runId) throws IOException {
		return Files.move(folder.resolve("." + runId + ".partial"), folder.resolve(runId),
				StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Points {@code latest} (symlink) and {@code LATEST} (text file) at a release, each
	 * replaced by an atomic rename: a reader sees the old release or the new one, never
	 * none.
	 */
	public void pointLatestAt(String runId) throws IOException {
		if (!Files.isDirectory(folder.resolve(runId))) {
			throw new IllegalArgumentException("no release " + runId + " in " + folder);
		}
		Path link = folder.resolve(LATEST_LINK + ".tmp");
		Files.deleteIfExists(link);
		try {
			Files.createSymbolicLink(link, Path.of(runId));
			Files.move(link, folder.resolve(LATEST_LINK), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (UnsupportedOperationException | FileSystemException ex) {
			// Windows without the symlink privilege: LATEST still says which it is.
			log.warn("cannot point the symlink {} at {} ({}); {} names it", folder.resolve(LATEST_LINK), runId,
					ex.getMessage(), LATEST_FILE);
		}
		Path text = folder.resolve(LATEST_FILE + ".tmp");
		Files.writeString(text, runId + "\n", StandardCharsets.UTF_8);
		Files.move(text, folder.resolve(LATEST_FILE), StandardCopyOption.ATOMIC_MOVE,
				StandardCopyOption.REPLACE_EXISTING);
	}

	/** The run id {@code latest} points to (or {@code LATEST} names), if any. */
	public Optional<String> latest() throws IOException {
		Path link = folder.resolve(LATEST_LINK);
		if (Files.isSymbolicLink(link)) {
			return Optional.of(Files.readSymbolicLink(link).getFileName().toString());
		}
		Path text = folder.resolve(LATEST_FILE);
		if (Files.isRegularFile(text)) {
			String id = Files.readString(text, StandardCharsets.UTF_8).strip();
			return id.isEmpty() ? Optional.empty() : Optional.of(id);
		}
		return Optional.empty();
	}

	/** The complete releases, oldest first. */
	public List<String> list() throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(Files::isDirectory)
				.filter(p -> !Files.isSymbolicLink(p))
				.map(p -> p.getFileName().toString())
				.filter(Releases::isRunId)
				.sorted(OLDEST_FIRST)
				.toList();
		}
	}

	/** What {@link #prune} did. */
	public record Pruned(List<String> kept, List<String> removed, List<String> failed) {

	}

	/**
	 * Deletes all but the newest {@code keep} releases, never the one {@code latest}
	 * points to. A reader that has a file of a deleted release open keeps reading it
	 * (POSIX); one that opens a file of it afterwards does not find it.
	 */
	public Pruned prune(int keep) throws IOException {
		List<String> all = list();
		Optional<String> latest = latest();
		List<String> kept = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			String id = all.get(i);
			if (i >= all.size() - keep || latest.filter(id::equals).isPresent()) {
				kept.add(id);
				continue;
			}
			try {
				Folders.deleteTree(folder.resolve(id));
				removed.add(id);
			}
			catch (IOException | UncheckedIOException ex) {
				log.warn("cannot delete the old release {}: {}", folder.resolve(id), ex.getMessage());
				failed.add(id);
			}
		}
		return new Pruned(kept, removed, failed);
	}

	private static String part(String runId, int group) {
		Matcher m = RUN_ID.matcher(runId);
		if (!m.matches()) {
			throw new IllegalArgumentException("not a release run id: " + runId);
		}
		return m.group(group);
	}

}
