package vn.edu2030.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.edu2030.TestHomes;
import vn.edu2030.common.Edu2030Properties;
import vn.edu2030.common.Warehouse;
import vn.edu2030.ingest.DeliveryScanner;
import vn.edu2030.nightly.NightlyRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Parquet release as a BI tool sees it: the reference load and a small ingest (two
 * feeds, a correction, a rejected row), then nightly's export; every file read back with
 * parquet-java and compared with the warehouse; the manifest; the atomic {@code latest};
 * when nightly exports and when not; a failed export; readers of an older release;
 * retention.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportFunctionalTests {

	static final Path HOME = TestHomes.create("export");

	static final Path INCOMING = TestHomes.create("export-incoming");

	static final int KEEP = 3;

	static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		registry.add("edu2030.home", HOME::toString);
		registry.add("edu2030.incoming-dir", INCOMING::toString);
		registry.add("edu2030.export.keep-releases", () -> KEEP);
		// The correction carries one bad row of 17: loaded, with the row rejected.
		registry.add("edu2030.ingest.max-reject-share", () -> 0.2);
	}

	@Autowired
	NightlyRunner runner;

	@Autowired
	Warehouse warehouse;

	@Autowired
	Edu2030Properties properties;

	NightlyRunner.Outcome first;

	Releases releases;

	@BeforeAll
	void loadAndExport() throws Exception {
		releases = new Releases(properties.releasesDir());
		formerQuangNgai(2023, "20241015", 0, false);
		formerQuangNgai(2024, "20251015", 1, false);
		// A correction of 2024-2025 that supersedes the first delivery.
		formerQuangNgai(2024, "20251120", 2, true);
		mergedProvince(2025, "20260115");
		first = runner.run(List.of(), false);
	}

	@Test
	@Order(1)
	void nightlyExportsAfterTheLoadsAndTheChecks() {
		assertThat(first.success()).as(first.line()).isTrue();
		assertThat(first.jobs()).extracting(NightlyRunner.JobOutcome::job)
			.containsExactly("referenceLoad", "statisticsIngest", "trendProjection", "warehouseCheck", "parquetExport");
		assertThat(first.jobs()).extracting(NightlyRunner.JobOutcome::status).containsOnly("COMPLETED");
		assertThat(first.published()).isTrue();
		assertThat(first.line()).contains("release 20", "releases kept");
	}

	@Test
	@Order(2)
	void everyStarSchemaTableAndViewIsExportedAndNothingElse() throws Exception {
		Set<String> expected = new TreeSet<>();
		for (List<String> row : query(
				"select table_name, table_type from information_schema.tables " + "where table_schema = 'main'")) {
			String name = row.get(0);
			if (name.startsWith("dim_") || name.startsWith("bridge_") || name.startsWith("fct_")) {
				expected.add(name);
			}
			if (row.get(1).equals("VIEW") && name.startsWith("v_")) {
				expected.add(name);
			}
		}
		expected.addAll(List.of("etl_file", "etl_rejected_row"));
		assertThat(expected).contains("dim_unit", "bridge_unit_crosswalk", "fct_target", "fct_indicator_value",
				"v_indicator_value", "v_target_issue", "v_former_area_new_units");
		JsonNode manifest = manifest(latest());
		Set<String> exported = new TreeSet<>();
		manifest.get("tables").forEach(t -> exported.add(t.get("name").asString()));
		// A new etl_* table is not exported until it is decided: this fails first.
		assertThat(exported).isEqualTo(expected);
		try (Stream<Path> entries = Files.list(latest())) {
			assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
					Stream.concat(expected.stream(), Stream.of("manifest.json")).toList());
		}
	}

	@Test
	@Order(3)
	void everyParquetFileReadsBackWithParquetJavaAsTheWarehouseHoldsIt() throws Exception {
		Path release = latest();
		JsonNode manifest = manifest(release);
		int filesRead = 0;
		for (JsonNode table : manifest.get("tables")) {
			String name = table.get("name").asString();
			List<String> columns = new ArrayList<>();
			Map<String, String> types = new HashMap<>();
			table.get("columns").forEach(c -> {
				columns.add(c.get("name").asString());
				types.put(c.get("name").asString(), c.get("type").asString());
			});
			Set<String> partitionColumns = new HashSet<>();
			table.get("partition_by").forEach(p -> partitionColumns.add(p.asString()));
			List<String> fileColumns = columns.stream().filter(c -> !partitionColumns.contains(c)).toList();

			List<String> parquetRows = new ArrayList<>();
			long manifestFileRows = 0;
			for (JsonNode file : table.get("files")) {
				Path path = release.resolve(file.get("path").asString());
				try (ParquetReadBack reader = ParquetReadBack.open(path)) {
					MessageType schema = reader.schema();
					assertThat(schema.getFields()).as(path.toString())
						.extracting(org.apache.parquet.schema.Type::getName)
						.containsExactlyElementsOf(fileColumns);
					for (String column : fileColumns) {
						assertThat(ParquetReadBack.actual(schema.getType(column))).as(name + "." + column)
							.isEqualTo(ParquetReadBack.expected(types.get(column)));
					}
					assertThat(reader.codecs()).as(path.toString()).containsOnly(CompressionCodecName.ZSTD);
					List<List<Object>> rows = reader.rows();
					assertThat(rows).as(path.toString())
						.hasSize((int) reader.footerRows())
						.hasSize(file.get("rows").asInt());
					Map<String, Object> partition = partitionValues(release.resolve(name), path);
					assertThat(partition.keySet()).isEqualTo(partitionColumns);
					for (List<Object> values : rows) {
						Map<String, Object> byName = new HashMap<>(partition);
						for (int i = 0; i < fileColumns.size(); i++) {
							byName.put(fileColumns.get(i), values.get(i));
						}
						parquetRows.add(columns.stream().map(byName::get).toList().toString());
					}
				}
				manifestFileRows += file.get("rows").asLong();
				filesRead++;
			}
			List<String> warehouseRows = warehouseRows(name, columns, types);
			assertThat(table.get("row_count").asLong()).as(name)
				.isEqualTo(manifestFileRows)
				.isEqualTo(warehouseRows.size());
			assertThat(parquetRows).as(name).containsExactlyInAnyOrderElementsOf(warehouseRows);
		}
		assertThat(filesRead).isGreaterThan(20);
		// Vietnamese names arrive as written (NFC UTF-8).
		try (ParquetReadBack reader = ParquetReadBack.open(release.resolve("dim_unit/data_0.parquet"))) {
			int nameVi = reader.schema().getFieldIndex("name_vi");
			assertThat(reader.rows()).extracting(r -> r.get(nameVi)).contains("Xã Tịnh Khê", "Đặc khu Lý Sơn");
		}
	}

	@Test
	@Order(4)
	void tablesWithASchoolYearArePartitionedHiveStyle() throws Exception {
		Path release = latest();
		List<String> years = query("select distinct school_year from fct_indicator_value order by 1").stream()
			.map(r -> "school_year=" + r.get(0))
			.toList();
		assertThat(years).containsExactly("school_year=2023", "school_year=2024", "school_year=2025");
		for (String table : List.of("fct_indicator_value", "fct_indicator_value_commune", "v_indicator_value")) {
			try (Stream<Path> entries = Files.list(release.resolve(table))) {
				assertThat(entries.map(p -> p.getFileName().toString())).as(table)
					.containsExactlyInAnyOrderElementsOf(years);
			}
			assertThat(release.resolve(table).resolve("school_year=2024/data_0.parquet")).isRegularFile();
		}
		JsonNode manifest = manifest(release);
		for (JsonNode table : manifest.get("tables")) {
			String name = table.get("name").asString();
			boolean hasSchoolYear = false;
			for (JsonNode c : table.get("columns")) {
				hasSchoolYear |= c.get("name").asString().equals("school_year");
			}
			boolean partitioned = hasSchoolYear && !name.startsWith("dim_") && table.get("row_count").asLong() > 0;
			assertThat(table.get("partition_by").size()).as(name).isEqualTo(partitioned ? 1 : 0);
			if (!partitioned) {
				// One file, with every column: dim_school_year keeps its key.
				assertThat(table.get("files")).as(name)
					.singleElement()
					.satisfies(f -> assertThat(f.get("path").asString()).isEqualTo(name + "/data_0.parquet"));
			}
		}
		try (ParquetReadBack reader = ParquetReadBack.open(release.resolve("dim_school_year/data_0.parquet"))) {
			assertThat(reader.schema().containsField("school_year")).isTrue();
		}
	}

	@Test
	@Order(5)
	void theManifestDescribesTheRelease() throws Exception {
		Path release = latest();
		JsonNode manifest = manifest(release);
		String runId = manifest.get("run_id").asString();
		assertThat(release.getFileName().toString()).isEqualTo(runId);
		assertThat(runId).matches("\\d{8}T\\d{6}Z-load\\d+");
		assertThat(manifest.get("manifest_version").asInt()).isEqualTo(1);
		Instant createdAt = Instant.parse(manifest.get("created_at").asString());
		assertThat(Releases.runId(createdAt, manifest.get("load_id").asLong())).isEqualTo(runId);
		assertThat(query("select job_name from etl_load where load_id = " + manifest.get("load_id").asLong()))
			.containsExactly(List.of("parquetExport"));
		assertThat(manifest.get("warehouse_id").asString())
			.isEqualTo(query("select warehouse_id from etl_warehouse").get(0).get(0));
		assertThat(manifest.get("schema_version").asString()).isEqualTo(query(
				"select version from flyway_schema_history where success and version is not null order by installed_rank desc limit 1")
			.get(0)
			.get(0));

		// Source files: what etl_file holds, with the hashes of the files delivered.
		List<String> sources = new ArrayList<>();
		manifest.get("source_files")
			.forEach(f -> sources.add(f.get("feed").asString() + "/" + f.get("file_name").asString() + " "
					+ f.get("sha256").asString() + " " + f.get("status").asString()));
		List<String> delivered = new ArrayList<>();
		for (List<String> row : query("select feed, file_name, status from etl_file")) {
			delivered.add(row.get(0) + "/" + row.get(1) + " "
					+ DeliveryScanner.sha256(INCOMING.resolve(row.get(0)).resolve(row.get(1))) + " " + row.get(2));
		}
		assertThat(sources).hasSize(4).containsExactlyInAnyOrderElementsOf(delivered);
		assertThat(sources).anyMatch(s -> s.contains("qn_2024-2025_20251015.csv") && s.endsWith(" superseded"));
		assertThat(sources).anyMatch(s -> s.contains("qng_2025-2026_20260115.csv") && s.endsWith(" loaded"));

		// Tables: columns with the warehouse's types; files as on disk, sizes included.
		Set<String> listed = new TreeSet<>();
		for (JsonNode table : manifest.get("tables")) {
			String name = table.get("name").asString();
			List<String> columns = new ArrayList<>();
			table.get("columns").forEach(c -> columns.add(c.get("name").asString() + " " + c.get("type").asString()));
			assertThat(columns).as(name)
				.containsExactlyElementsOf(query("select column_name, data_type from information_schema.columns "
						+ "where table_schema = 'main' and table_name = '" + name + "' order by ordinal_position")
					.stream()
					.map(r -> r.get(0) + " " + r.get(1))
					.toList());
			assertThat(table.get("kind").asString()).isEqualTo(name.startsWith("v_") ? "view" : "table");
			for (JsonNode file : table.get("files")) {
				Path path = release.resolve(file.get("path").asString());
				assertThat(Files.size(path)).isEqualTo(file.get("bytes").asLong()).isPositive();
				listed.add(file.get("path").asString());
			}
		}
		Path manifestFile = release.resolve("manifest.json");
		try (Stream<Path> walk = Files.walk(release)) {
			List<Path> data = walk.filter(p -> p.toString().endsWith(".parquet")).toList();
			assertThat(data.stream().map(p -> release.relativize(p).toString()).toList())
				.containsExactlyInAnyOrderElementsOf(listed);
			// Written last.
			for (Path p : data) {
				assertThat(Files.getLastModifiedTime(manifestFile))
					.isGreaterThanOrEqualTo(Files.getLastModifiedTime(p));
			}
		}
		assertThat(manifest.get("tables").findValues("name").stream().map(JsonNode::asString))
			.contains("etl_rejected_row");
		assertThat(query("select count(*) from etl_rejected_row")).containsExactly(List.of("1"));
	}

	@Test
	@Order(6)
	void latestPointsAtTheReleaseAtomically() throws Exception {
		Path folder = properties.releasesDir();
		String id = releases.list().get(releases.list().size() - 1);
		assertThat(Files.isSymbolicLink(folder.resolve("latest"))).isTrue();
		// Relative, so the releases folder can be moved or mounted elsewhere.
		assertThat(Files.readSymbolicLink(folder.resolve("latest"))).isEqualTo(Path.of(id));
		assertThat(folder.resolve("LATEST")).hasContent(id);
		assertThat(folder.resolve("latest").toRealPath()).isEqualTo(folder.resolve(id).toRealPath());
		try (Stream<Path> entries = Files.list(folder)) {
			assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(id, "latest", "LATEST");
		}
	}

	@Test
	@Order(7)
	void nightlyWithNothingNewDoesNotExport() throws Exception {
		List<String> before = releases.list();
		NightlyRunner.Outcome again = runner.run(List.of(), false);
		assertThat(again.success()).isTrue();
		assertThat(statuses(again)).containsExactly("referenceLoad UNCHANGED", "statisticsIngest UNCHANGED",
				"trendProjection UNCHANGED", "warehouseCheck SKIPPED", "parquetExport SKIPPED");
		assertThat(again.published()).isFalse();
		// Without a published copy the checks run (the first publish must be checked);
		// the export still does not, nothing before it ran.
		Files.delete(properties.publishedFile());
		NightlyRunner.Outcome unpublished = runner.run(List.of(), false);
		assertThat(statuses(unpublished)).containsExactly("referenceLoad UNCHANGED", "statisticsIngest UNCHANGED",
				"trendProjection UNCHANGED", "warehouseCheck COMPLETED", "parquetExport SKIPPED");
		assertThat(unpublished.published()).isTrue();
		assertThat(releases.list()).isEqualTo(before);
	}

	@Test
	@Order(8)
	void aNewDeliveryMakesANewRelease() throws Exception {
		String before = releases.latest().orElseThrow();
		formerQuangNgai(2022, "20231015", 3, false);
		NightlyRunner.Outcome outcome = runner.run(List.of(), false);
		assertThat(statuses(outcome)).containsExactly("referenceLoad UNCHANGED", "statisticsIngest COMPLETED",
				"trendProjection COMPLETED", "warehouseCheck COMPLETED", "parquetExport COMPLETED");
		String after = releases.latest().orElseThrow();
		assertThat(Releases.OLDEST_FIRST.compare(before, after)).isNegative();
		assertThat(latest().resolve("fct_indicator_value/school_year=2022/data_0.parquet")).isRegularFile();
		assertThat(manifest(latest()).get("source_files").findValues("file_name").stream().map(JsonNode::asString))
			.contains("qn_2022-2023_20231015.csv");
		// The previous release is still there, whole.
		assertThat(properties.releasesDir().resolve(before).resolve("manifest.json")).isRegularFile();
	}

	@Test
	@Order(9)
	void aFailedExportLeavesTheLatestReleaseAndRunsAgainTheNextNight() throws Exception {
		String before = releases.latest().orElseThrow();
		List<String> list = releases.list();
		// A new view is exported without a code change; this one fails when read.
		execute("create view v_export_breaker as select error('deliberately broken') as x");
		NightlyRunner.Outcome failed = runner.runNow(ExportJobConfiguration.JOB_NAME);
		assertThat(failed.success()).isFalse();
		assertThat(failed.jobsLine()).contains("parquetExport FAILED", "deliberately broken");
		assertThat(releases.latest()).contains(before);
		assertThat(releases.list()).isEqualTo(list);
		try (Stream<Path> entries = Files.list(properties.releasesDir())) {
			assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
		}

		execute("drop view v_export_breaker");
		NightlyRunner.Outcome next = runner.run(List.of(), false);
		assertThat(statuses(next)).containsExactly("referenceLoad UNCHANGED", "statisticsIngest UNCHANGED",
				"trendProjection UNCHANGED", "warehouseCheck SKIPPED", "parquetExport COMPLETED");
		assertThat(next.published()).isTrue();
		assertThat(releases.latest()).isNotEqualTo(java.util.Optional.of(before));
	}

	@Test
	@Order(10)
	void aReaderOfThePreviousReleaseKeepsReadingItWhileANewOneIsWritten() throws Exception {
		String previous = releases.latest().orElseThrow();
		Path viaLatest = properties.releasesDir().resolve("latest/dim_unit/data_0.parquet");
		List<List<Object>> expected;
		try (ParquetReadBack reader = ParquetReadBack.open(viaLatest)) {
			expected = reader.rows();
		}
		try (ParquetReadBack reader = ParquetReadBack.open(viaLatest);
				ParquetReadBack partitioned = ParquetReadBack.open(
						properties.releasesDir().resolve("latest/v_indicator_value/school_year=2024/data_0.parquet"))) {
			NightlyRunner.Outcome export = runner.runNow(ExportJobConfiguration.JOB_NAME);
			assertThat(export.success()).as(export.jobsLine()).isTrue();
			assertThat(releases.latest()).isNotEqualTo(java.util.Optional.of(previous));
			assertThat(reader.rows()).isEqualTo(expected);
			assertThat(partitioned.rows()).hasSize((int) partitioned.footerRows()).isNotEmpty();
		}
		// The old folder stays, whole, until retention removes it.
		Path old = properties.releasesDir().resolve(previous);
		assertThat(old.resolve("manifest.json")).isRegularFile();
		try (ParquetReadBack reader = ParquetReadBack.open(old.resolve("dim_unit/data_0.parquet"))) {
			assertThat(reader.rows()).isEqualTo(expected);
		}
	}

	@Test
	@Order(11)
	void onlyTheLastReleasesAreKeptAndLatestIsTheNewest() throws Exception {
		String oldest = releases.list().get(0);
		Path held = properties.releasesDir().resolve(oldest).resolve("dim_unit/data_0.parquet");
		List<String> made = new ArrayList<>();
		try (ParquetReadBack reader = ParquetReadBack.open(held)) {
			for (int i = 0; i < KEEP + 2; i++) {
				NightlyRunner.Outcome export = runner.runNow(ExportJobConfiguration.JOB_NAME);
				assertThat(export.success()).as(export.jobsLine()).isTrue();
				assertThat(export.published()).isFalse();
				made.add(releases.latest().orElseThrow());
			}
			assertThat(releases.list()).containsExactlyElementsOf(made.subList(2, KEEP + 2));
			assertThat(releases.latest()).contains(made.get(made.size() - 1));
			assertThat(properties.releasesDir().resolve("LATEST")).hasContent(made.get(made.size() - 1));
			assertThat(properties.releasesDir().resolve(oldest)).doesNotExist();
			// A reader that had a file of a removed release open still reads it (POSIX).
			assertThat(reader.rows()).hasSize(Integer.parseInt(query("select count(*) from dim_unit").get(0).get(0)));
		}
		try (Stream<Path> entries = Files.list(properties.releasesDir())) {
			assertThat(entries.map(p -> p.getFileName().toString())).hasSize(KEEP + 2).contains("latest", "LATEST");
		}
	}

	// --- helpers

	private Path latest() throws IOException {
		return properties.releasesDir().resolve(releases.latest().orElseThrow());
	}

	private static JsonNode manifest(Path release) throws IOException {
		return JSON.readTree(Files.readString(release.resolve("manifest.json"), StandardCharsets.UTF_8));
	}

	private static List<String> statuses(NightlyRunner.Outcome outcome) {
		return outcome.jobs().stream().map(j -> j.job() + " " + j.status()).toList();
	}

	/** Hive partition values of a file from its folders below the table's folder. */
	private static Map<String, Object> partitionValues(Path tableFolder, Path file) {
		Map<String, Object> values = new HashMap<>();
		for (Path part : tableFolder.relativize(file.getParent())) {
			String[] kv = part.toString().split("=", 2);
			if (kv.length == 2) {
				values.put(kv[0], kv[1].equals("__HIVE_DEFAULT_PARTITION__") ? null : Long.parseLong(kv[1]));
			}
		}
		return values;
	}

	/**
	 * The rows of a table, each as the same Java values {@link ParquetReadBack} gives.
	 */
	private List<String> warehouseRows(String table, List<String> columns, Map<String, String> types)
			throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection c = warehouse.connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select * from " + table)) {
			while (rs.next()) {
				List<Object> row = new ArrayList<>();
				for (int i = 1; i <= columns.size(); i++) {
					String type = types.get(columns.get(i - 1));
					Object value = switch (type) {
						case "VARCHAR" -> rs.getString(i);
						case "INTEGER", "BIGINT" -> rs.getLong(i);
						case "DOUBLE" -> rs.getDouble(i);
						case "BOOLEAN" -> rs.getBoolean(i);
						case "DATE" -> rs.getObject(i, LocalDate.class);
						case "TIMESTAMP" -> rs.getObject(i, LocalDateTime.class);
						default -> {
							if (!type.startsWith("DECIMAL")) {
								throw new IllegalStateException(table + ": add type " + type + " to this test");
							}
							BigDecimal d = rs.getBigDecimal(i);
							yield d;
						}
					};
					row.add(rs.wasNull() ? null : value);
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

	private List<List<String>> query(String sql) throws SQLException {
		List<List<String>> rows = new ArrayList<>();
		try (Connection c = warehouse.connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				List<String> row = new ArrayList<>();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					row.add(rs.getString(i));
				}
				rows.add(row);
			}
		}
		return rows;
	}

	private void execute(String sql) throws SQLException {
		try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	// --- a small delivery, written to the contract of data/incoming/README.md

	/**
	 * Feed 1: four former communes of former Quảng Ngãi (Trà Bùi, split between two new
	 * communes, among them), counts and a rate with its ethnic-minority part; optionally
	 * one row of an unknown commune, which is rejected.
	 */
	static void formerQuangNgai(int year, String deliveredOn, int variant, boolean withBadRow) throws IOException {
		String[][] communes = { { "21010", "Phường Lê Hồng Phong" }, { "21013", "Phường Trần Phú" },
				{ "21142", "Xã Trà Bùi" }, { "21145", "Xã Trà Thanh" } };
		StringBuilder csv = new StringBuilder("\uFEFFnam_hoc;ma_xa;ten_xa;chi_tieu;phan_to;tu_so;mau_so;gia_tri\n");
		String schoolYear = year + "-" + (year + 1);
		for (int i = 0; i < communes.length; i++) {
			String prefix = schoolYear + ";" + communes[i][0] + ";" + communes[i][1] + ";";
			int numerator = 300 + 10 * i + 5 * variant;
			int denominator = 1000 + 50 * i;
			csv.append(prefix).append("PRE_SCHOOLS;Tất cả;;;").append(2 + i).append('\n');
			csv.append(prefix).append("PRE_SCHOOLS_NATSTD;Tất cả;;;").append(1 + (i + variant) % 2).append('\n');
			csv.append(prefix)
				.append("PRE_NURSERY_ENROL_RATE;Tất cả;")
				.append(numerator)
				.append(';')
				.append(String.format("%d.%03d", denominator / 1000, denominator % 1000))
				.append(";\n");
			csv.append(prefix)
				.append("PRE_NURSERY_ENROL_RATE;DTTS;")
				.append(numerator / 3)
				.append(';')
				.append(denominator / 2)
				.append(";\n");
		}
		if (withBadRow) {
			csv.append(schoolYear).append(";99999;Xã Không Có;PRE_SCHOOLS;Tất cả;;;3\n");
		}
		Path file = INCOMING.resolve("former-quang-ngai/qn_" + schoolYear + "_" + deliveredOn + ".csv");
		Files.createDirectories(file.getParent());
		Files.writeString(file, csv, StandardCharsets.UTF_8);
	}

	/** Feed 3: two preschools of Phường Nghĩa Lộ, a public and a private one. */
	static void mergedProvince(int year, String deliveredOn) throws IOException {
		StringBuilder csv = new StringBuilder("school_year,commune_code,school_code,school_name,school_level,"
				+ "ownership,indicator_code,disaggregation,component,amount\n");
		String schoolYear = year + "-" + (year + 1);
		String[][] schools = { { "MN2102801", "Trường Mầm non Nghĩa Lộ", "public" },
				{ "MN2102802", "Trường Mầm non Hoa Sen", "private" } };
		for (String[] school : schools) {
			String prefix = schoolYear + ",21028," + school[0] + "," + school[1] + ",preschool," + school[2] + ",";
			csv.append(prefix).append("PRE_SCHOOLS,all,value,1\n");
			csv.append(prefix).append("PRE_PUPILS,all,value,180\n");
			csv.append(prefix).append("PRE_TWO_SESSION_RATE,all,numerator,170\n");
			csv.append(prefix).append("PRE_TWO_SESSION_RATE,all,denominator,180\n");
		}
		Path file = INCOMING.resolve("quang-ngai/qng_" + schoolYear + "_" + deliveredOn + ".csv");
		Files.createDirectories(file.getParent());
		Files.writeString(file, csv, StandardCharsets.UTF_8);
	}

}
