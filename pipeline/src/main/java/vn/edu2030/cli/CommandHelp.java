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

					Runs the nightly jobs in order: reference data (referenceLoad), then the data checks
					(warehouseCheck), then publishes the analyst copy published/edu2030.duckdb atomically.
					A job whose input did not change since its last successful run is skipped; a job that
					failed or was killed is restarted where it stopped. Safe to run from cron: a second run
					while one is going exits with an error instead of overlapping.

					Options:
					  --job NAME   run only this job (referenceLoad, warehouseCheck)
					  --home DIR   home folder (default ./warehouse)

					Exit status: 0 success, 1 a job failed, 2 usage error. One summary line goes to stderr;
					details are in <home>/logs/edu2030.log.
					"""),
			new Entry("reference", "load the reference data (units, crosswalk, indicators, targets, plan tasks)", """
					Usage: edu2030 reference [--force] [--home DIR]

					Loads the real reference data bundled from data/reference/ (or the folder set by
					--edu2030.reference-dir=DIR): the 96 new units, the former provinces, districts and
					communes, the old→new crosswalk, the indicator catalogue, every 2030 target of the seed
					plans and the plan tasks. Skipped when the files did not change since the last load,
					unless --force. Then runs the data checks and publishes, like nightly.

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
