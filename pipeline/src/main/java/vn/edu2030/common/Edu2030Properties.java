package vn.edu2030.common;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of one installation. Everything lives under one home folder unless configured
 * otherwise: {@code edu2030.duckdb} (the warehouse the nightly job writes),
 * {@code published/edu2030.duckdb} (the read-only copy analysts open), {@code releases/}
 * (the Parquet releases for BI tools), {@code jobrepo/} (Spring Batch's job repository)
 * and {@code logs/}.
 *
 * @param home the home folder ({@code --home}, default {@code ./warehouse})
 * @param referenceDir a folder holding the reference CSVs; empty = the copy bundled in
 * the jar
 * @param targetYearOffset school year (start year) a target year refers to, relative to
 * it: -1 makes "by 2030" mean school year 2029-2030, the last one finished in 2030
 * @param incomingDir the statistics deliveries, one folder per feed (default
 * {@code data/incoming})
 * @param batch job repository connection; empty url = embedded H2 file under home
 * @param ingest limits of the statistics ingest
 * @param export the Parquet releases for BI tools
 */
@ConfigurationProperties("edu2030")
public record Edu2030Properties(Path home, Path referenceDir, Path incomingDir, Integer targetYearOffset, Batch batch,
		Ingest ingest, Projection projection, Export export) {

	public Edu2030Properties {
		home = home == null ? Path.of("warehouse") : home;
		incomingDir = incomingDir == null ? Path.of("data", "incoming") : incomingDir;
		targetYearOffset = targetYearOffset == null ? -1 : targetYearOffset;
		batch = batch == null ? new Batch(null, null, null) : batch;
		ingest = ingest == null ? new Ingest(null, null) : ingest;
		projection = projection == null ? new Projection(null, null) : projection;
		export = export == null ? new Export(null) : export;
	}

	public Path warehouseFile() {
		return home.resolve("edu2030.duckdb");
	}

	public Path publishedFile() {
		return home.resolve("published").resolve("edu2030.duckdb");
	}

	/** The Parquet releases for BI tools: {@code <home>/releases}. */
	public Path releasesDir() {
		return home.resolve("releases");
	}

	public Path logDir() {
		return home.resolve("logs");
	}

	/**
	 * Job repository connection (H2 file by default; PostgreSQL with a jdbc:postgresql:
	 * url).
	 */
	public record Batch(String url, String username, String password) {

	}

	/**
	 * Ingest limits.
	 *
	 * @param maxRejectShare a delivery with a larger share of refused facts is refused
	 * whole
	 * @param maxFileBytes a larger delivery is refused unread
	 */
	public record Ingest(Double maxRejectShare, Long maxFileBytes) {

		public Ingest {
			maxRejectShare = maxRejectShare == null ? 0.05 : maxRejectShare;
			maxFileBytes = maxFileBytes == null ? 1L << 30 : maxFileBytes;
		}

	}

	/**
	 * Projection settings.
	 *
	 * @param minYears fewer observed years than this: insufficient data
	 * @param ceilingThreshold rate targets at or above this (percent) use the
	 * ceiling-aware growth ratio (shortfall from 100 %)
	 */
	public record Projection(Integer minYears, Double ceilingThreshold) {

		public Projection {
			minYears = minYears == null ? 3 : minYears;
			ceilingThreshold = ceilingThreshold == null ? 90.0 : ceilingThreshold;
		}

	}

	/**
	 * The Parquet releases.
	 *
	 * @param keepReleases how many releases to keep (at least 1); older ones are deleted
	 * after each export, never the one {@code latest} points to
	 */
	public record Export(Integer keepReleases) {

		public Export {
			keepReleases = keepReleases == null ? 7 : keepReleases;
		}

	}

}
