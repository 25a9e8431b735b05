package vn.edu2030.nightly;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.edu2030.TestHomes;
import vn.edu2030.common.Warehouse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kill the nightly process at several moments (SIGKILL, in a separate JVM), run it again,
 * and the warehouse ends exactly as after an uninterrupted run.
 */
class NightlyRestartTests {

	static final Path INCOMING = TestHomes.create("restart-incoming");

	@Test
	void aKilledRunRestartsAndEndsAsAnUninterruptedOne() throws Exception {
		vn.edu2030.ingest.IngestFixturesAccess.write(INCOMING);
		Path reference = TestHomes.create("restart-uninterrupted");
		assertThat(nightly(reference).waitFor()).isZero();
		List<String> expected = snapshot(reference);
		assertThat(expected).isNotEmpty();

		// Kill points: moments the run announces in its log, some with a small delay
		// after them.
		String[][] killPoints = { { "name=referenceLoad]] launched", "150" },
				{ "name=statisticsIngest]] launched", "0" }, { "qn_2022-2023_20231015.csv: loaded", "0" },
				{ "qn_2023-2024_20241015.csv: loaded", "30" }, { "name=trendProjection]] launched", "40" },
				{ "name=warehouseCheck]] launched", "0" } };
		int killedMidRun = 0;
		int orphansRecovered = 0;
		for (String[] killPoint : killPoints) {
			Path home = TestHomes.create("restart-killed");
			Process run = nightly(home);
			if (waitForLog(home, killPoint[0], run)) {
				Thread.sleep(Long.parseLong(killPoint[1]));
				if (run.isAlive()) {
					run.destroyForcibly().waitFor();
					killedMidRun++;
				}
			}
			run.waitFor();
			// The operator's next nightly (cron) finishes the work.
			Process again = nightly(home);
			assertThat(again.waitFor(180, TimeUnit.SECONDS)).isTrue();
			assertThat(again.exitValue())
				.as("restart after a kill at '%s': %s", killPoint[0], Files.readString(home.resolve("restart.err")))
				.isZero();
			assertThat(snapshot(home)).as("warehouse after a kill at '%s'", killPoint[0]).isEqualTo(expected);
			if (Files.readString(home.resolve("logs").resolve("edu2030.log")).contains("by a process that stopped")) {
				orphansRecovered++;
			}
		}
		assertThat(orphansRecovered).as("restarts that found a run left started by the killed process")
			.isGreaterThanOrEqualTo(3);
		assertThat(killedMidRun).as("runs actually killed before they finished").isGreaterThanOrEqualTo(4);
	}

	/** Waits until the run's log shows the text; false if the run ended first. */
	private static boolean waitForLog(Path home, String text, Process run) throws Exception {
		Path log = home.resolve("logs").resolve("edu2030.log");
		while (run.isAlive()) {
			if (Files.exists(log) && Files.readString(log).contains(text)) {
				return true;
			}
			Thread.sleep(5);
		}
		return false;
	}

	private static Process nightly(Path home) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "vn.edu2030.Edu2030Application",
				"nightly", "--home", home.toString(), "--edu2030.incoming-dir=" + INCOMING)
			.redirectOutput(home.resolve("restart.out").toFile())
			.redirectError(home.resolve("restart.err").toFile())
			.directory(new File(System.getProperty("user.dir")))
			.start();
	}

	/** What analysts see, without ids and times that differ between runs. */
	static List<String> snapshot(Path home) throws Exception {
		List<String> out = new ArrayList<>();
		try (Connection c = Warehouse.openReadOnly(home.resolve("published").resolve("edu2030.duckdb"));
				Statement s = c.createStatement()) {
			for (String sql : List.of("select count(*) from dim_unit",
					"select count(*), sum(hash(v.unit_key, v.school_year, v.indicator_code, v.disaggregation_code, "
							+ "v.numerator, v.denominator, v.value, v.feed, f.file_name, v.source_line)) "
							+ "from fct_indicator_value v left join etl_file f using (file_id)",
					"select string_agg(file_name || ':' || status || ':' || coalesce(rows_loaded, -1) || ':' "
							+ "|| rows_rejected, ',' order by file_name) from etl_file",
					"select count(*), sum(hash(f.file_name, r.line, r.reason_code, r.message, r.raw_text)) "
							+ "from etl_rejected_row r join etl_file f using (file_id)",
					"select count(*), sum(hash(unit_key, school_year, indicator_code, disaggregation_code, numerator, "
							+ "denominator, value, comparability)) from fct_indicator_value_commune",
					"select count(*), sum(hash(unit_key, indicator_code, disaggregation_code, target_id, method, "
							+ "status, projected_value, lower_95, upper_95)) from fct_projection",
					"select count(*), sum(hash(flag_code, unit_key, school_year, indicator_code)) from etl_dq_flag",
					"select count(*) from fct_target", "select count(*) from etl_load where status = 'running'")) {
				try (ResultSet rs = s.executeQuery(sql)) {
					rs.next();
					StringBuilder row = new StringBuilder();
					for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
						row.append(rs.getString(i)).append('|');
					}
					out.add(row.toString());
				}
			}
		}
		return out;
	}

}
