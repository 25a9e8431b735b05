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
					"""), new Entry("status", "last runs of each job and row counts of the warehouse", """
					Usage: edu2030 status [--home DIR]

					Shows the last runs recorded in the job repository and the row counts of the main
					tables of the published warehouse.
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
