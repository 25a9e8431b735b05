package vn.edu2030.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import vn.edu2030.reference.ReferenceFiles;

/**
 * Writes synthetic statistics deliveries in the shapes of the feed contract
 * (data/incoming/README.md): the calibrated province sample, or a country-sized set for
 * benchmarks. Plain Java: no Spring, no database (DuckDB only writes the Parquet copy).
 */
public final class SampleGenerator {

	static final List<String> FEEDS = List.of("former-quang-ngai", "former-kon-tum", "quang-ngai");

	private SampleGenerator() {
	}

	public static void generate(GenerateOptions options, ReferenceFiles reference, PrintStream log)
			throws IOException, SQLException {
		long started = System.nanoTime();
		Files.createDirectories(options.out());
		switch (options.scale()) {
			case PROVINCE -> {
				clean(options.out());
				new ProvinceSample(reference, options.seed(), options.out(), log).generate();
			}
			case NATIONAL -> new NationalSample(reference, options, log).generate();
		}
		log.printf("done in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, options.out().toAbsolutePath());
	}

	/**
	 * Removes what an earlier run wrote (the feed files, calibration and fault lists), so
	 * no stale delivery stays behind; anything else in the folder is left alone.
	 */
	static void clean(Path out) throws IOException {
		for (String feed : FEEDS) {
			Path dir = out.resolve(feed);
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
					"{qn_*.csv,kt_*.xlsx,qng_*.csv,qng_*.parquet}")) {
				for (Path f : files) {
					Files.delete(f);
				}
			}
		}
		Files.deleteIfExists(out.resolve("calibration.csv"));
		Files.deleteIfExists(out.resolve("faults.csv"));
	}

}
