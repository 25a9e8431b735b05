package vn.edu2030.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.edu2030.TestHomes;
import vn.edu2030.common.Warehouse;
import vn.edu2030.ingest.Delivery;
import vn.edu2030.ingest.DeliveryScanner;
import vn.edu2030.ingest.FeedReader;
import vn.edu2030.ingest.IngestFixturesAccess;
import vn.edu2030.nightly.NightlyRunner;
import vn.edu2030.reference.ReferenceFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV feeds have two readers: the streaming reader (any file, one record at a time)
 * and the bulk reader (plain files, in DuckDB). Both must stage exactly the same facts,
 * rejects and schools, with the same lines, messages and raw text: here on the bundled
 * sample, the ingest fixtures and a file of every kind of bad row of each feed.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkReaderEquivalenceTests {

	static final Path HOME = TestHomes.create("bulk-reader");

	static final Path INCOMING = TestHomes.create("bulk-reader-incoming");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("edu2030.home", HOME::toString);
		registry.add("edu2030.incoming-dir", HOME.resolve("empty")::toString);
	}

	@Autowired
	NightlyRunner nightly;

	@Autowired
	Warehouse warehouse;

	@Autowired
	ReferenceFiles files;

	@BeforeAll
	void loadReferenceData() throws Exception {
		Files.createDirectories(HOME.resolve("empty"));
		assertThat(nightly.run(List.of(), false).success()).isTrue();
		IngestFixturesAccess.write(INCOMING);
		Path qn = INCOMING.resolve("former-quang-ngai");
		// Every kind of bad row the feed can have, CRLF line ends.
		String rows = String.join("\r\n", "\uFEFFnam_hoc;ma_xa;ten_xa;chi_tieu;phan_to;tu_so;mau_so;gia_tri",
				"2022-2023;21010;Phường Lê Hồng Phong;PRE_CLASSES;;;;1.234",
				"2022-2023;21010;Phường Lê Hồng Phong;Tỷ lệ huy động trẻ nhà trẻ;Tất cả;12;40;30,0",
				"2022-2023;21010;Phường Lê Hồng Phong;PRE_PUPILS;DTTS;;; 57 ",
				"2022-2023;21010;Phường Lê Hồng Phong;PRE_TEACHERS;Nữ;;;1.2.3",
				"2022-2023;21010;Phường Lê Hồng Phong;PRE_KINDER_ENROL_RATE;Tất cả;x;40;",
				"2022-2023;21010;Phường Lê Hồng Phong;PRE_KINDER_ENROL_RATE;Nữ;12;;",
				"2022-2023;21010;Phường Lê Hồng Phong;PRE_CLASSES;Tất cả;;;",
				"2022-2023;21010;Phường Lê Hồng Phong;NOT_AN_INDICATOR;;;;3",
				"2021-2022;21010;Phường Lê Hồng Phong;LSE_CLASSES;;;;3", "2022/23;21010;x;PRI_CLASSES;;;;3",
				"2022-2023;99999;Xã Không Có;PRI_CLASSES;;;;3", "2022-2023;21010;x;PRI_CLASSES;Không rõ;;;3",
				"2022-2023;21010;x;PRI_PUPILS", "2022-2023;21010;x;PRI_PUPILS;;;;3;extra",
				"2022-2023;21013;x;PRI_PUPILS;;;;3", "2022-2023;21013;x;PRI_PUPILS;;;;4",
				"2022-2023;21013;x;PRI_TEACHERS;;;;-2", "2022-2023;21013;x;USE_CLASSES;;;;2,5",
				"2022-2023;21013;x;LSE_NER;;50;40;125", "2022-2023;21013;x;PRI_NER;;5;40;12,5", "");
		Files.writeString(qn.resolve("qn_2022-2023_20240101.csv"), rows, StandardCharsets.UTF_8);
		// The same for the merged province's feed, in CSV and in Parquet.
		Path qng = INCOMING.resolve("quang-ngai");
		String school = "2025-2026,21439,MN-DP-01,Trường Mầm non Phổ Ninh,preschool,public,";
		String merged = String.join("\n",
				"school_year,commune_code,school_code,school_name,school_level,ownership,indicator_code,"
						+ "disaggregation,component,amount",
				school + "PRE_NATSTD_SCHOOL_RATE,all,numerator,1",
				"2025-2026,21439,MN-DP-01, Trường  Mầm non Phổ Ninh (mới) ,preschool,public,PRE_NATSTD_SCHOOL_RATE,all,"
						+ "denominator,1",
				"2025-2026,21439,MN-DP-01", school + "PRE_CLASSES,all,value,3,extra",
				school + "NOT_AN_INDICATOR,all,value,3",
				school.replace("2025-2026", "2024-2025") + "PRE_CLASSES,all,value,3",
				school.replace("2025-2026", "2025/xx") + "PRE_CLASSES,all,value,3",
				school.replace("21439", "99999") + "PRE_CLASSES,all,value,3",
				"2025-2026,21439,MN-X-01,Trường X,college,public,PRE_CLASSES,all,value,3",
				"2025-2026,21439,MN-X-02,Trường Y,preschool,state,PRE_CLASSES,all,value,3",
				"2025-2026,21439,MN-X-03,Trường Z,primary,private,PRI_CLASSES,nobody,value,3",
				"2025-2026,21439,MN-X-04,,primary,private,PRI_CLASSES,all,total,3",
				school + "PRE_TEACHERS,all,value,n/a", school + "PRE_PUPILS,all,value,",
				school + "PRE_PUPILS,female,value,1,5", school + "PRE_PUPILS,ethnic_minority,value, 7 ",
				school + "PRI_PUPILS,all,value,1e3", school + "PRE_TEACHERS,female,value,2.5",
				school + "PRE_CLASSES,all,value,4", school + "PRE_CLASSES,all,value,5",
				"2025-2026,21439, MN-DP-02 ,Trường Mầm non Phổ Ninh 2,preschool , public,PRE_CLASSES,all,value,2",
				"2025-2026,21439,  ,,,,PRE_NURSERY_ENROL_RATE,all, denominator ,120",
				"2025-2026,21451,,,,,PRE_NURSERY_ENROL_RATE,all,denominator,-5",
				"2025-2026,21451,MN-TC-01,Trường Mầm non Phổ Văn,preschool,public,PRE_NURSERY_ENROL_RATE,all,numerator,40",
				"");
		Files.writeString(qng.resolve("qng_2025-2026_20260101.csv"), merged, StandardCharsets.UTF_8);
		try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
			s.execute("COPY (SELECT * FROM read_csv('" + qng.resolve("qng_2025-2026_20260101.csv")
					+ "', all_varchar = true, null_padding = true, strict_mode = false)) TO '"
					+ qng.resolve("qng_2025-2026_20260102.parquet") + "' (FORMAT parquet)");
			// Empty texts rather than missing ones.
			s.execute(
					"COPY (SELECT coalesce(COLUMNS(*), '') FROM read_csv('" + qng.resolve("qng_2025-2026_20260101.csv")
							+ "', all_varchar = true, null_padding = true, strict_mode = false)) TO '"
							+ qng.resolve("qng_2025-2026_20260103.parquet") + "' (FORMAT parquet)");
		}
	}

	@Test
	void bothReadersOfTheFormerQuangNgaiFeedStageTheSameFactsAndRejects() throws Exception {
		// The sample first: the bulk reader keeps its maps for the next delivery on the
		// connection, and the file of bad rows then has a row of a school year whose
		// text an earlier delivery (the sample's of that year) resolved as right.
		int bulk = compareReaders(new QuangNgaiCsvReader(), deliveries("qn_\\d{4}-\\d{4}_\\d{8}\\.csv",
				Path.of("..", "data", "incoming", "former-quang-ngai"), INCOMING.resolve("former-quang-ngai")));
		// The plain files went through the bulk reader (the sample's and most fixtures).
		assertThat(bulk).isGreaterThan(10);
	}

	@Test
	void bothReadersOfTheMergedProvinceFeedStageTheSameFactsAndRejects() throws Exception {
		int bulk = compareReaders(new MergedProvinceReader(), deliveries("qng_\\d{4}-\\d{4}_\\d{8}\\.(csv|parquet)",
				Path.of("..", "data", "incoming", "quang-ngai"), INCOMING.resolve("quang-ngai")));
		// CSV and Parquet, sample and fixtures, and the file of bad rows.
		assertThat(bulk).isEqualTo(6);
	}

	private static List<Path> deliveries(String pattern, Path... folders) throws Exception {
		List<Path> deliveries = new ArrayList<>();
		for (Path folder : folders) {
			try (Stream<Path> list = Files.list(folder)) {
				list.filter(p -> p.getFileName().toString().matches(pattern)).sorted().forEach(deliveries::add);
			}
		}
		return deliveries;
	}

	/**
	 * Stages each delivery with both readers and compares; returns how many the bulk
	 * reader took.
	 */
	private int compareReaders(FeedReader reader, List<Path> deliveries) throws Exception {
		int bulk = 0;
		try (Connection c = warehouse.connect()) {
			ReferenceLookups lookups = ReferenceLookups.load(c, files);
			DeliveryScanner scanner = new DeliveryScanner(INCOMING);
			for (Path file : deliveries) {
				Delivery d = scanner.describe(file);
				Path folder = HOME.resolve("staging").resolve(file.getFileName().toString());
				List<String> streamed;
				try {
					try (Staging staging = new Staging(folder.resolve("streamed"))) {
						reader.read(d, lookups, staging);
					}
					streamed = snapshot(c, StagedDelivery.fromFiles(c, folder.resolve("streamed")));
				}
				catch (FeedReader.DeliveryRefusedException ex) {
					streamed = List.of("refused: " + ex.getMessage());
				}
				List<String> bulkRows;
				try {
					var staged = reader.stage(c, d, lookups, Files.createDirectories(folder.resolve("bulk")));
					if (staged.isEmpty()) {
						continue;
					}
					bulk++;
					bulkRows = snapshot(c, staged.get());
				}
				catch (FeedReader.DeliveryRefusedException ex) {
					bulkRows = List.of("refused: " + ex.getMessage());
				}
				assertThat(bulkRows).as(file.getFileName().toString()).containsExactlyElementsOf(streamed);
			}
		}
		return bulk;
	}

	@Test
	void theBulkReaderLeavesIrregularFilesToTheStreamingReader() throws Exception {
		Path qn = INCOMING.resolve("former-quang-ngai");
		String header = "nam_hoc;ma_xa;ten_xa;chi_tieu;phan_to;tu_so;mau_so;gia_tri\n";
		Path quoted = qn.resolve("qn_2018-2019_20190101.csv");
		Files.writeString(quoted, header + "2018-2019;21010;\"Lê; Hồng Phong\";PRE_CLASSES;;;;5\n");
		Path blank = qn.resolve("qn_2017-2018_20180101.csv");
		Files.writeString(blank, header + "2017-2018;21010;x;PRE_CLASSES;;;;5\n\n2017-2018;21013;x;PRE_CLASSES;;;;6\n");
		Path wide = qn.resolve("qn_2016-2017_20170101.csv");
		Files.writeString(wide, header + "2016-2017;21010;x;PRE_CLASSES;;;;5;6;7\n");
		try (Connection c = warehouse.connect()) {
			ReferenceLookups lookups = ReferenceLookups.load(c, files);
			DeliveryScanner scanner = new DeliveryScanner(INCOMING);
			for (Path file : List.of(quoted, blank, wide)) {
				assertThat(new QuangNgaiCsvReader().stage(c, scanner.describe(file), lookups,
						Files.createDirectories(HOME.resolve("staging").resolve("irregular"))))
					.as(file.getFileName().toString())
					.isEmpty();
			}
		}
	}

	/** The staged facts and rejects (with their raw text), without record numbers. */
	private static List<String> snapshot(Connection c, StagedDelivery staged) throws SQLException {
		staged.complete(c);
		List<String> rows = new ArrayList<>();
		try (Statement s = c.createStatement()) {
			query(s, "select 'fact', line, unit_key, school_year, indicator_code, disaggregation_code, numerator, "
					+ "denominator, value, stated from stg_fact order by all", rows);
			query(s, "select 'reject', r.line, r.indicator_code, r.reason_code, r.message, t.raw from stg_reject r "
					+ "left join (" + staged.rawText() + ") t using (record_no) order by all", rows);
			query(s, "select 'school', * from stg_school order by all", rows);
		}
		return rows;
	}

	private static void query(Statement s, String sql, List<String> into) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			int n = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringBuilder b = new StringBuilder();
				for (int i = 1; i <= n; i++) {
					b.append(i == 1 ? "" : "|").append(rs.getString(i));
				}
				into.add(b.toString());
			}
		}
	}

}
