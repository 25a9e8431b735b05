package vn.edu2030.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.edu2030.TestCli;
import vn.edu2030.TestHomes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI as an operator uses it, in this JVM: nightly on an empty home, a rerun that
 * finds nothing new, read-only queries, status, help and exit codes, and reference data
 * that breaks a rule.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliFunctionalTests {

	static final Path HOME = TestHomes.create("cli");

	/**
	 * No deliveries: these tests are about the CLI, IngestFunctionalTests about the
	 * feeds.
	 */
	static final Path INCOMING = TestHomes.create("cli-incoming");

	record Run(int exit, String out, String err) {

	}

	static Run cli(String... args) {
		TestCli.Run run = TestCli.run(HOME, INCOMING, args);
		return new Run(run.exit(), run.out(), run.err());
	}

	@Test
	@Order(1)
	void nightlyOnAnEmptyHomeLoadsChecksAndPublishes() {
		Run run = cli("nightly");
		assertThat(run.exit).as(run.err).isZero();
		// no terminal here: no progress line, only the summary
		assertThat(run.out).isEmpty();
		assertThat(run.err.lines().filter(l -> l.startsWith("edu2030 nightly:"))).singleElement()
			.satisfies(line -> assertThat(line).contains("OK", "referenceLoad COMPLETED", "parquetExport COMPLETED",
					"warehouseCheck COMPLETED", "checks passed", "published"));
		assertThat(HOME.resolve("edu2030.duckdb")).exists();
		assertThat(HOME.resolve("published/edu2030.duckdb")).exists();
		assertThat(HOME.resolve("jobrepo/batch.mv.db")).exists();
		assertThat(HOME.resolve("logs/edu2030.log")).exists();
		assertThat(HOME.resolve("releases/latest/manifest.json")).exists();
	}

	@Test
	@Order(2)
	void secondNightlyWithNothingNewChangesNothing() throws Exception {
		Path published = HOME.resolve("published/edu2030.duckdb");
		FileTime before = Files.getLastModifiedTime(published);
		String contentBefore = cli("query", "select count(*), sum(hash(unit_key, name_vi)) from dim_unit").out;
		String loadsBefore = cli("query", "select count(*) from etl_load", "--live").out;
		Run run = cli("nightly");
		assertThat(run.exit).as(run.err).isZero();
		assertThat(run.err).contains("referenceLoad UNCHANGED", "statisticsIngest UNCHANGED",
				"trendProjection UNCHANGED", "parquetExport SKIPPED", "warehouseCheck SKIPPED", "not published");
		assertThat(Files.getLastModifiedTime(published)).isEqualTo(before);
		assertThat(cli("query", "select count(*), sum(hash(unit_key, name_vi)) from dim_unit").out)
			.isEqualTo(contentBefore);
		// No job ran, so no load was recorded in the working file either.
		assertThat(cli("query", "select count(*) from etl_load", "--live").out).isEqualTo(loadsBefore);
	}

	@Test
	@Order(3)
	void queryPrintsATableInVietnamese() {
		Run run = cli("query", "select name_vi from dim_unit where unit_key = 'commune-21211'");
		assertThat(run.exit).as(run.err).isZero();
		assertThat(run.out).contains("name_vi", "Xã Tịnh Khê", "(1 row)");
		Run csv = cli("query", "select unit_type, count(*) as n from dim_unit group by 1 order by 1", "--format",
				"csv");
		assertThat(csv.out.lines()).containsExactly("unit_type,n", "commune,96", "former_commune,272",
				"former_district,23", "former_province,2", "new_province,1");
	}

	@Test
	@Order(4)
	void queryRefusesWrites() {
		Run run = cli("query", "delete from dim_unit");
		assertThat(run.exit).isEqualTo(1);
		assertThat(run.err).contains("read-only");
		assertThat(cli("query", "select count(*) from dim_unit").out).contains("394");
	}

	@Test
	@Order(5)
	void statusShowsRunsAndCounts() {
		Run run = cli("status");
		assertThat(run.exit).as(run.err).isZero();
		assertThat(run.out).contains("referenceLoad", "COMPLETED", "dim_unit", "394", "fct_target");
	}

	@Test
	@Order(6)
	void badReferenceDataIsRefusedWithFileLineAndReasonAndLosesNothing() throws Exception {
		Path reference = TestHomes.referenceCopy("bad-reference");
		Path weights = reference.resolve("crosswalk_split_weights.csv");
		Files.writeString(weights, Files.readString(weights).replace(",0.5,\"equal split", ",0.6,\"equal split"));
		Path targets = reference.resolve("targets.csv");
		Run run = cli("nightly", "--edu2030.reference-dir=" + reference);
		assertThat(run.exit).isEqualTo(1);
		assertThat(run.err).contains("FAILED", "referenceLoad FAILED", "former-commune-21142", "sum to",
				"crosswalk_split_weights.csv");
		assertThat(run.err).contains("not published");

		// A target whose quote is not in its document names the file and the line.
		Files.writeString(weights, Files.readString(weights).replace(",0.6,\"equal split", ",0.5,\"equal split"));
		List<String> lines = new ArrayList<>(Files.readAllLines(targets));
		lines.set(3, lines.get(3).replace("97%", "99%"));
		Files.write(targets, lines);
		run = cli("nightly", "--edu2030.reference-dir=" + reference);
		assertThat(run.exit).isEqualTo(1);
		assertThat(run.err).contains("targets.csv line 4", "quote_vi does not stand in document 000");

		// What was loaded before is still there, in the working file and the published
		// copy.
		assertThat(cli("query", "select count(*) from fct_target").out).contains("55");
		assertThat(cli("query", "select count(*) from dim_unit", "--live").out).contains("394");
	}

	@Test
	@Order(7)
	void referenceReloadsWhenForced() {
		Run run = cli("reference", "--force");
		assertThat(run.exit).as(run.err).isZero();
		assertThat(run.err).contains("edu2030 reference: OK", "referenceLoad COMPLETED", "parquetExport COMPLETED",
				"published");
	}

	@Test
	@Order(8)
	void exportWritesAReleaseNowWithoutPublishing() throws Exception {
		Path published = HOME.resolve("published/edu2030.duckdb");
		FileTime before = Files.getLastModifiedTime(published);
		Run run = cli("export");
		assertThat(run.exit).as(run.err).isZero();
		assertThat(run.err).contains("edu2030 export: OK", "parquetExport COMPLETED", "release ")
			.doesNotContain("publish");
		String id = Files.readString(HOME.resolve("releases/LATEST")).strip();
		assertThat(run.out.strip()).isEqualTo(HOME.resolve("releases").resolve(id).toString());
		assertThat(Files.getLastModifiedTime(published)).isEqualTo(before);

		Run refused = cli("export", "--edu2030.export.keep-releases=0");
		assertThat(refused.exit).isEqualTo(1);
		assertThat(refused.err).contains("keep-releases must be at least 1");
		assertThat(cli("export", "now").exit).isEqualTo(2);
	}

	@Test
	void helpAndUsageErrors() {
		Run help = cli("--help");
		assertThat(help.exit).isZero();
		assertThat(help.out).contains("nightly", "reference", "export", "query", "status", "serve", "dictionary");
		Run exportHelp = cli("export", "--help");
		assertThat(exportHelp.exit).isZero();
		assertThat(exportHelp.out).contains("Usage: edu2030 export", "releases/latest", "keep-releases");
		Run nightlyHelp = cli("nightly", "--help");
		assertThat(nightlyHelp.exit).isZero();
		assertThat(nightlyHelp.out).contains("Usage: edu2030 nightly");
		assertThat(cli("frobnicate").exit).isEqualTo(2);
		Run badOption = cli("query", "select 1", "--bogus");
		assertThat(badOption.exit).isEqualTo(2);
		assertThat(badOption.err).contains("unknown option --bogus");
		assertThat(cli().exit).isEqualTo(2);
	}

}
