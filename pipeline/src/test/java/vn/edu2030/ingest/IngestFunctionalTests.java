package vn.edu2030.ingest;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.edu2030.TestHomes;
import vn.edu2030.WarehouseRows;
import vn.edu2030.common.Warehouse;
import vn.edu2030.nightly.NightlyRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The nightly run on deliveries of all three feeds (IngestFixtures): what loads, what is
 * rejected with which reason and line, what is refused whole, corrections, re-basing
 * across the reform.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestFunctionalTests {

	static final Path HOME = TestHomes.create("ingest");

	static final Path INCOMING = TestHomes.create("ingest-incoming");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("edu2030.home", HOME::toString);
		registry.add("edu2030.incoming-dir", INCOMING::toString);
	}

	@Autowired
	NightlyRunner nightly;

	@Autowired
	Warehouse warehouse;

	NightlyRunner.Outcome first;

	@BeforeAll
	void runNightly() throws Exception {
		IngestFixtures.write(INCOMING);
		first = nightly.run(List.of(), false);
	}

	@Test
	void nightlySucceedsAndSaysWhatItDid() {
		assertThat(first.success()).as(first.line()).isTrue();
		assertThat(first.line()).contains("statisticsIngest COMPLETED",
				"6 deliveries loaded, 0 kept as superseded, 7 refused, 1 misnamed");
	}

	@Test
	void everyDeliveryIsRegisteredWithItsStatus() throws SQLException {
		assertThat(rows("select file_name, status from etl_file order by file_name")).containsExactly(
				"kt_2019-2020_20201020.xlsx|refused", "kt_2020-2021_20211020.xlsx|refused",
				"kt_2021-2022_20221020.xlsx|refused", "kt_2022-2023_20231020.xlsx|refused",
				"kt_2023-2024_20241020.xlsx|loaded", "qn_2019-2020_20201015.csv|refused",
				"qn_2020-2021_20211015.csv|refused", "qn_2021-2022_20221015.csv|refused",
				"qn_2022-2023_20231015.csv|loaded", "qn_2023-2024_20241015.csv|superseded",
				"qn_2023-2024_20250120.csv|loaded", "qng_2025-2026_20251015.csv|loaded",
				"qng_2026-2027_20261015.parquet|loaded");
	}

	@Test
	void refusedFilesSayWhy() throws SQLException {
		assertThat(rows("select file_name, refused_reason from etl_file where status = 'refused' order by file_name"))
			.satisfiesExactly(r -> assertThat(r).contains("kt_2019-2020", "not a readable XLSX"),
					r -> assertThat(r).contains("kt_2020-2021", "zip bomb"),
					r -> assertThat(r).contains("kt_2021-2022", "xl/worksheets/sheet1.xml"),
					r -> assertThat(r).contains("kt_2022-2023", "xl/worksheets/sheet1.xml"),
					r -> assertThat(r).contains("qn_2019-2020", "truncated"),
					r -> assertThat(r).contains("qn_2020-2021", "not valid UTF-8"),
					r -> assertThat(r).contains("qn_2021-2022", "1 of 2 facts refused (50.0 %)", "line 3"));
		// Nothing of a refused file reaches the facts.
		assertThat(rows("select count(*) from fct_indicator_value v join etl_file f using (file_id) "
				+ "where f.status <> 'loaded'"))
			.containsExactly("0");
	}

	@Test
	void badRecordsAreRejectedWithLineReasonAndRawTextTheRestLoads() throws SQLException {
		assertThat(rows("select r.line, r.reason_code from etl_rejected_row r join etl_file f using (file_id) "
				+ "where f.file_name = 'qn_2023-2024_20241015.csv' order by r.line"))
			.containsExactly("4|duplicate_key", "127|numerator_above_denominator", "128|unknown_unit",
					"129|unparseable_number", "130|negative_value");
		assertThat(rows("select raw_text from etl_rejected_row r join etl_file f using (file_id) "
				+ "where f.file_name = 'qn_2023-2024_20241015.csv' and r.line = 128"))
			.containsExactly("2023-2024;99999;Xã Không Có;PRE_CLASSES;;;;5");
		assertThat(
				rows("select rows_loaded, rows_rejected from etl_file where file_name = 'qn_2023-2024_20241015.csv'"))
			.containsExactly("124|5");
	}

	@Test
	void aCorrectionReplacesTheDeliveryItCorrects() throws SQLException {
		assertThat(rows("select f.superseded_by = g.file_id from etl_file f, etl_file g "
				+ "where f.file_name = 'qn_2023-2024_20241015.csv' and g.file_name = 'qn_2023-2024_20250120.csv'"))
			.containsExactly("true");
		String first = IngestFixtures.QN_COMMUNES.get(0)[0];
		assertThat(rows("select v.value, f.file_name, v.source_line from fct_indicator_value v join etl_file f "
				+ "using (file_id) where v.unit_key = 'former-commune-" + first
				+ "' and v.indicator_code = 'PRE_CLASSES' and v.school_year = 2023"))
			.containsExactly("9.0|qn_2023-2024_20250120.csv|4");
		assertThat(rows(
				"select count(*) from fct_indicator_value where school_year = 2023 and feed = 'former-quang-ngai'"))
			.containsExactly("125");
	}

	@Test
	void konTumNamesAreMatchedWhateverTheSpelling() throws SQLException {
		assertThat(rows("select count(distinct unit_key) from fct_indicator_value where feed = 'former-kon-tum'"))
			.containsExactly(String.valueOf(IngestFixtures.KT_COMMUNES.size()));
		assertThat(rows("select count(*), min(reason_code), max(reason_code) from etl_rejected_row r "
				+ "join etl_file f using (file_id) where f.file_name = 'kt_2023-2024_20241020.xlsx'"))
			.containsExactly("4|unknown_unit|unknown_unit");
		assertThat(rows("select message from etl_rejected_row r join etl_file f using (file_id) "
				+ "where f.file_name = 'kt_2023-2024_20241020.xlsx' order by message limit 1"))
			.singleElement()
			.satisfies(m -> assertThat(m).contains("Xã Không Có Thật", "Huyện Đắk Glei"));
	}

	@Test
	void ratesAreRecomputedFromNumeratorsAndDenominatorsNeverAveraged() throws SQLException {
		double numerator = 0;
		double denominator = 0;
		double meanOfRates = 0;
		int n = IngestFixtures.QN_COMMUNES.size();
		for (int i = 0; i < n; i++) {
			numerator += IngestFixtures.nurseryNumerator(i, 2023);
			denominator += IngestFixtures.nurseryDenominator(i);
			meanOfRates += 100.0 * IngestFixtures.nurseryNumerator(i, 2023) / IngestFixtures.nurseryDenominator(i) / n;
		}
		double province = value("select value from v_indicator_value where unit_key = 'former-province-51' "
				+ "and school_year = 2023 and indicator_code = 'PRE_NURSERY_ENROL_RATE' and disaggregation_code = 'all'");
		assertThat(province).isCloseTo(100 * numerator / denominator, within(1e-9));
		assertThat(Math.abs(province - meanOfRates)).isGreaterThan(1e-3);
	}

	@Test
	void historyIsRebasedOntoTheNewCommunesSplitsApportioned() throws SQLException {
		// Trà Bùi (8 classes) is split 0.5 / 0.5 between Cà Đam and Tây Trà Bồng.
		assertThat(rows("select unit_key, value, comparability from fct_indicator_value_commune "
				+ "where indicator_code = 'PRE_CLASSES' and school_year = 2022 "
				+ "and unit_key in ('commune-21136', 'commune-21157') order by 1"))
			.containsExactly("commune-21136|4.0|apportioned", "commune-21157|4.0|apportioned");
		// Every former commune's figures reach exactly one new commune's total (weights
		// sum to 1).
		assertThat(value("select sum(value) from fct_indicator_value_commune where indicator_code = 'PRE_CLASSES' "
				+ "and school_year = 2022"))
			.isEqualTo(8.0 * IngestFixtures.QN_COMMUNES.size());
	}

	@Test
	void formerDucPhoTownAfterTheReformIsItsFiveNewUnits() throws SQLException {
		assertThat(rows("select numerator, denominator, comparability from v_indicator_value "
				+ "where unit_key = 'former-district-534' and school_year = 2025 "
				+ "and indicator_code = 'PRE_NURSERY_ENROL_RATE' and disaggregation_code = 'all'"))
			// schools 0..4 of the five new units: numerators 40..44, denominators
			// 100..140
			.containsExactly("210.0|600.0|rebased");
		assertThat(rows("select count(*) from dim_unit where unit_type = 'school'")).containsExactly("6");
	}

	@Test
	void parquetDeliveryLoadsLikeCsv() throws SQLException {
		assertThat(rows("select count(*), min(source_line) from fct_indicator_value where school_year = 2026"))
			.containsExactly("18|1");
	}

	@Test
	void projectionsAreWrittenForEveryApplicableTarget() throws SQLException {
		assertThat(rows("select count(*) from fct_projection where method = 'regression'"))
			.containsExactly(rows("select count(*) from v_target_applicable").get(0));
		assertThat(rows("select count(*) from v_progress_2030"))
			.containsExactly(rows("select count(*) from v_target_applicable").get(0));
	}

	@Test
	void secondRunWithNothingNewChangesNothing() throws Exception {
		String facts = rows("select count(*), sum(hash(unit_key, school_year, indicator_code, disaggregation_code, "
				+ "numerator, denominator, value, file_id)) from fct_indicator_value")
			.get(0);
		NightlyRunner.Outcome second = nightly.run(List.of(), false);
		assertThat(second.success()).isTrue();
		assertThat(second.line()).contains("statisticsIngest UNCHANGED", "not published");
		assertThat(rows("select count(*), sum(hash(unit_key, school_year, indicator_code, disaggregation_code, "
				+ "numerator, denominator, value, file_id)) from fct_indicator_value")
			.get(0)).isEqualTo(facts);
	}

	private double value(String sql) throws SQLException {
		return Double.parseDouble(rows(sql).get(0));
	}

	private List<String> rows(String sql) throws SQLException {
		return WarehouseRows.rows(warehouse, sql);
	}

}
