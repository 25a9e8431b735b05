package vn.edu2030.cli;

import java.util.List;
import java.util.Optional;

/** The help texts of the CLI, available without starting Spring. */
public final class CommandHelp {

	public record Entry(String name, String summary, String usage) {

	}

	private CommandHelp() {
	}

	public static final List<Entry> COMMANDS = List.of(
			new Entry("nightly", "run every nightly job in order (only what is new), check, publish", """
					Usage: edu2030 nightly [--job NAME] [--home DIR]

					Runs the nightly jobs in order: reference data (referenceLoad), the statistics deliveries
					(statisticsIngest), the trend projections (trendProjection), the data checks
					(warehouseCheck), the Parquet release for BI tools (parquetExport), then publishes the
					analyst copy published/edu2030.duckdb atomically.
					A job whose input did not change since its last successful run is skipped; the checks
					and the export run only when an earlier job loaded something; a job that failed or was
					killed is restarted where it stopped. Safe to run from cron: a second run while one is
					going exits with an error instead of overlapping.

					Options:
					  --job NAME   run only this job (referenceLoad, statisticsIngest, trendProjection,
					               warehouseCheck, parquetExport)
					  --home DIR   home folder (default ./warehouse)

					Exit status: 0 success, 1 a job failed, 2 usage error. One summary line goes to stderr;
					details are in <home>/logs/edu2030.log. On a terminal a status line shows the job
					running ("[2/3] statisticsIngest … 12 s"). To run it on a schedule: 'edu2030 serve'.
					"""),
			new Entry("reference", "load the reference data (units, crosswalk, indicators, targets, plan tasks)", """
					Usage: edu2030 reference [--force] [--home DIR]

					Loads the real reference data bundled from data/reference/ (or the folder set by
					--edu2030.reference-dir=DIR): the 96 new units, the former provinces, districts and
					communes, the old→new crosswalk, the indicator catalogue, every 2030 target of the seed
					plans and the plan tasks. Skipped when the files did not change since the last load,
					unless --force. Then writes a Parquet release, runs the data checks and publishes, like
					nightly.

					Options:
					  --force      load even if nothing changed
					  --home DIR   home folder (default ./warehouse)
					"""), new Entry("query", "run SQL on the published warehouse (read-only) and print a table", """
					Usage: edu2030 query "<sql>" [--format table|csv] [--live] [--home DIR]
					       edu2030 query --file sql/queries/<question>.sql

					Opens the published analyst copy (<home>/published/edu2030.duckdb) read-only: writes are
					refused by DuckDB. Prints the result as an aligned table (or CSV).

					Options:
					  --file FILE      read the SQL from a file
					  --format FORMAT  table (default) or csv
					  --live           read the working file <home>/edu2030.duckdb instead (fails while a
					                   nightly run is writing it)
					  --max-rows N     print at most N rows (default 200; 0 = all)
					  --home DIR       home folder (default ./warehouse)
					"""), new Entry("export", "write a Parquet release of the star schema for BI tools now", """
					Usage: edu2030 export [--home DIR]

					Writes the warehouse's star schema (every dim_*, bridge_* and fct_* table, the v_* views,
					etl_file and etl_rejected_row) as zstd Parquet into a new release folder
					<home>/releases/<run id>/<table>/: Hive-partitioned by school_year (school_year=2024/…)
					where a table has that column, one file otherwise, and manifest.json (run id, schema
					version, source files, rows, files and columns of every table) written last. The release
					is written as .<run id>.partial and renamed when complete; then <home>/releases/latest
					(a symlink) and <home>/releases/LATEST (a text file with the run id) are switched to it
					atomically, and releases beyond the last 7 are deleted (never the latest). nightly does
					the same after a run that changed the warehouse. Prints the new release's folder.

					Options:
					  --home DIR   home folder (default ./warehouse)
					  --edu2030.export.keep-releases=N   keep the last N releases (default 7)
					"""), new Entry("serve", "run nightly on a cron schedule until stopped (SIGTERM)", """
					Usage: edu2030 serve --cron "<expression>" [--run-now] [--home DIR]

					Stays running and runs nightly on the schedule, printing each run's one-line summary with
					a timestamp to stderr. Runs never overlap: a tick that comes during a run is dropped, not
					queued, and a run that finds the nightly lock held by another process (a nightly started
					by hand or by cron) prints "skipped: another run holds the lock" and waits for the next
					tick. Between runs the warehouse file is closed, so other commands can use it. SIGTERM
					(or Ctrl-C) lets the current run finish, then serve exits 0.

					Options:
					  --cron EXPR  when to run, in the machine's time zone. Spring's 6 fields:
					               second minute hour day-of-month month day-of-week, e.g.
					                 "0 30 2 * * *"          every day at 02:30:00
					                 "0 0 */6 * * MON-FRI"   every 6 hours on weekdays
					               The 5-field crontab form ("30 2 * * *") is accepted (second 0), and
					               so are @hourly, @daily, @weekly, @monthly, @yearly. Unlike crontab,
					               a restricted day-of-month and day-of-week must both match.
					  --run-now    also run once at start
					  --home DIR   home folder (default ./warehouse)

					Exit status: 0 when stopped, 2 usage error (e.g. a bad cron expression).
					"""), new Entry("dictionary", "write the data dictionary (tables, views, columns, indicators)", """
					Usage: edu2030 dictionary [--out FILE] [--home DIR]

					Writes the data dictionary of the published warehouse as Markdown: every table and view
					with the comment its migration (sql/migration) gives it, its columns and types, then the
					indicator catalogue and the disaggregations. docs/data-dictionary.md is its output,
					committed; after a schema or catalogue change regenerate it (a test fails until then):
					  java -jar pipeline/target/edu2030.jar nightly
					  java -jar pipeline/target/edu2030.jar dictionary --out docs/data-dictionary.md

					Options:
					  --out FILE   write to FILE (default: print it)
					  --home DIR   home folder (default ./warehouse)
					"""),
			new Entry("report", "write the HTML scorecard (charts per commune and target) from the published copy", """
					Usage: edu2030 report [--out DIR] [--lang vi|en] [--home DIR]

					Writes the scorecard, a static HTML site (no server, nothing fetched from the internet),
					from the published analyst copy (<home>/published/edu2030.duckdb), read-only:
					  index.html                 the province: its targets, and a table of the 96 communes
					                             with how many targets stand at each status
					  commune-<code>.html        one page per commune
					  former-district-534.html   the former Đức Phổ town, whose targets are its own
					For each target: a chart of the history by school year, the trend projected to the
					target year with its 80 % and 95 % prediction intervals, the target line, and the
					status of both methods (regression, growth ratio). Vietnamese pages at the top of DIR,
					English in DIR/en/; every page links to its counterpart.

					Options:
					  --out DIR    folder to write (default <home>/report)
					  --lang L     vi (default) or en: which index.html to print as the entry point
					  --home DIR   home folder (default ./warehouse)

					Prints the path of the entry page; a summary line goes to stderr.
					"""),
			new Entry("benchmark", "measure ingest, projection and no-op nightly on a country-sized set", """
					Usage: edu2030 benchmark --data DIR [--work DIR] [--heap 512m]

					Runs the real nightly, in separate JVMs limited to --heap (default 512m), on a synthetic
					country-sized set made by 'edu2030 generate --scale national --out DIR': reference data,
					then the CSV feeds, then the XLSX feed, then once more with nothing new. In the same run
					DuckDB's read_csv loads the same CSV rows into a plain table, and DuckDB's regr_slope /
					regr_intercept fits the series the projection job projects. Prints ingest rows/s and the
					ratio to read_csv (bar >= 0.25), XLSX rows/s, peak heap, projection time against regr
					(bar <= 3x) and the no-op nightly as a share of the full load (bar <= 5 %).

					Options:
					  --data DIR   the national set (reference/ and incoming/)
					  --work DIR   scratch folder for the benchmark warehouse (default DIR/bench; emptied)
					  --heap SIZE  -Xmx of the nightly runs (default 512m)

					Exit status: 0 every bar met, 1 a bar missed or a run failed, 2 usage error.
					"""), new Entry("status", "last runs of each job and row counts of the warehouse", """
					Usage: edu2030 status [--home DIR]

					Shows the last runs recorded in the job repository and the row counts of the main
					tables of the published warehouse.
					"""), new Entry("generate", "write synthetic sample deliveries of the three feeds", """
					Usage: edu2030 generate [--out DIR] [--scale province|national] [--seed N]
					       edu2030 generate --scale national --out DIR [--communes N] [--seed N]

					Writes SYNTHETIC statistics deliveries in the shapes of the feed contract
					(data/incoming/README.md). Real unit names and codes, invented figures.

					--scale province (default) writes the committed sample into DIR (default
					data/incoming): former Quảng Ngãi CSVs and former Kon Tum workbooks for school years
					2015-2016 … 2024-2025 (2023-2024 delivered twice, the later file correcting the
					earlier), the merged province's school feed for 2025-2026, calibration.csv (every
					published figure of data/reference/edu_*.csv, and how the sample reproduces it or why
					it does not) and faults.csv (the planted impossible rows, corrections and spelling
					variants, with file and line). Files an earlier run wrote are replaced; nothing else in
					DIR is touched.

					--scale national writes a country-sized set for benchmarks into DIR, which must be
					given (keep it outside the repository): DIR/reference/ (a synthetic reference set in
					the formats of data/reference, for --edu2030.reference-dir), DIR/incoming/ (the three
					feeds over every former commune; the former feeds split between the CSV and the XLSX
					shape by old province) and DIR/incoming-parquet/ (a Parquet copy of the merged feed).
					Not calibrated. About 3,300 new communes and 45,000 schools by default.

					Options:
					  --out DIR        output folder (default data/incoming; required for national)
					  --scale S        province (default) or national
					  --seed N         seed of every random draw (default 20300101): the same seed writes
					                   the same bytes
					  --communes N     national only: former communes (default 10000, 400 to 30000);
					                   new communes ≈ N / 3, schools ≈ 4.5 × N

					Prints the rows written per feed and the time taken.
					"""));

	public static Optional<Entry> find(String name) {
		return COMMANDS.stream().filter(e -> e.name().equals(name)).findFirst();
	}

	public static String overview() {
		StringBuilder out = new StringBuilder("""
				edu2030: commune-by-commune progress toward Quảng Ngãi's 2030 education targets.

				Usage: java -jar pipeline/target/edu2030.jar <command> [options]

				Commands:
				""");
		for (Entry e : COMMANDS) {
			out.append(String.format("  %-10s %s%n", e.name(), e.summary()));
		}
		out.append("""

				Global options:
				  --home DIR    home folder holding the warehouse, job repository and logs (default ./warehouse)
				  --help        this text; 'edu2030 <command> --help' for a command
				""");
		return out.toString();
	}

}
