package vn.edu2030;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fresh, empty home folders for tests: each test class gets its own warehouse and job
 * repository.
 */
public final class TestHomes {

	private TestHomes() {
	}

	public static Path create(String purpose) {
		try {
			Path base = Path.of("target", "test-homes");
			Files.createDirectories(base);
			return Files.createTempDirectory(base.toAbsolutePath(), purpose + "-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A copy of the bundled reference data in a folder a test may change. */
	public static Path referenceCopy(String purpose) {
		try {
			Path target = create(purpose).resolve("reference");
			Path source = Path.of("..", "data", "reference");
			try (var files = Files.walk(source)) {
				for (Path p : (Iterable<Path>) files::iterator) {
					Path to = target.resolve(source.relativize(p).toString());
					if (Files.isDirectory(p)) {
						Files.createDirectories(to);
					}
					else {
						Files.copy(p, to);
					}
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
