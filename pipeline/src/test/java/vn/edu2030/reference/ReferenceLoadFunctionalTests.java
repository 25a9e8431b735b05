package vn.edu2030.reference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.edu2030.TestHomes;
import vn.edu2030.WarehouseRows;
import vn.edu2030.check.WarehouseChecks;
import vn.edu2030.common.Warehouse;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the whole referenceLoad job on an empty warehouse and checks what it wrote. */
@SpringBootTest
@SpringBatchTest
// Each functional test class has its own home; closing the context also hands logging
// back.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceLoadFunctionalTests {

	static final Path HOME = TestHomes.create("reference-load");

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		registry.add("edu2030.home", HOME::toString);
	}

	@Autowired
	JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	@Qualifier("referenceLoad")
	Job referenceLoad;

	@Autowired
	Warehouse warehouse;

	JobExecution execution;

	@BeforeAll
	void runJob() throws Exception {
		jobOperatorTestUtils.setJob(referenceLoad);
		execution = jobOperatorTestUtils.startJob();
	}

	@Test
	void jobCompletesEveryStep() {
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(execution.getStepExecutions()).extracting("stepName")
			.containsExactly("unitLoad", "catalogueLoad", "targetLoad", "planTaskLoad");
	}

	@Test
	void unitsOfTheReform() throws SQLException {
		assertThat(rows("select unit_type, count(*) from dim_unit group by all order by 1")).containsExactly(
				"commune|96", "former_commune|272", "former_district|23", "former_province|2", "new_province|1");
		assertThat(rows(
				"select admin_type_vi, count(*) from dim_unit where unit_type = 'commune' group by all order by 1"))
			.containsExactly("phường|9", "xã|86", "đặc khu|1");
		assertThat(rows(
				"select province_unit_key, count(*) from dim_unit where unit_type = 'former_commune' group by all order by 1"))
			.containsExactly("former-province-51|170", "former-province-62|102");
		assertThat(rows("select name_vi, valid_from, valid_to from dim_unit where unit_key = 'commune-21548'"))
			.containsExactly("Đặc khu Lý Sơn|2025-07-01|null");
		assertThat(rows("select name_vi, is_mountain, is_island from dim_unit where unit_key = 'former-district-618'"))
			.containsExactly("Huyện Ia H' Drai|true|false");
	}

	@Test
	void crosswalkInvariants() throws SQLException {
		assertThat(rows("select count(distinct from_unit_key) from bridge_unit_crosswalk")).containsExactly("273");
		assertThat(rows("select count(*) from dim_unit u where unit_type = 'former_commune' "
				+ "and not exists (select 1 from bridge_unit_crosswalk x where x.from_unit_key = u.unit_key)"))
			.containsExactly("0");
		assertThat(
				rows("select from_unit_key from bridge_unit_crosswalk group by 1 having abs(sum(weight) - 1) > 1e-9"))
			.isEmpty();
		assertThat(rows("select count(distinct to_unit_key) from bridge_unit_crosswalk")).containsExactly("96");
		// Trà Bùi was split between Cà Đam and Tây Trà Bồng.
		assertThat(rows("select to_unit_key, weight, is_partial_split from bridge_unit_crosswalk "
				+ "where from_unit_key = 'former-commune-21142' order by 1"))
			.containsExactly("commune-21136|0.500000|true", "commune-21157|0.500000|true");
		// The former Lý Sơn district (no communes) became the special zone.
		assertThat(rows(
				"select to_unit_key, weight from bridge_unit_crosswalk where from_unit_key = 'former-district-536'"))
			.containsExactly("commune-21548|1.000000");
	}

	@Test
	void formerDucPhoTownIsTheUnionOfFiveNewUnits() throws SQLException {
		assertThat(rows("select new_unit_key, lies_wholly_inside from v_former_area_new_units "
				+ "where area_unit_key = 'former-district-534' order by 1"))
			.containsExactly("commune-21439|true", "commune-21451|true", "commune-21457|true", "commune-21472|true",
					"commune-21478|true");
		assertThat(rows("select count(*) from dim_unit where parent_unit_key = 'former-district-534'"))
			.containsExactly("15");
	}

	@Test
	void catalogueAndTargets() throws Exception {
		assertThat(rows("select count(*) from dim_indicator"))
			.containsExactly(String.valueOf(csvRows("indicators.csv")));
		assertThat(rows("select count(*) from fct_target")).containsExactly(String.valueOf(csvRows("targets.csv")));
		assertThat(rows("select disaggregation_code from dim_disaggregation order by 1")).contains("all",
				"ethnic_minority", "female", "private", "public");
		assertThat(rows("select indicator_code, disaggregation_code, comparator, target_value, target_school_year "
				+ "from fct_target where document_id = '000' and indicator_code = 'PRE_NURSERY_ENROL_RATE' order by 2"))
			.containsExactly("PRE_NURSERY_ENROL_RATE|all|>=|38.0|2029",
					"PRE_NURSERY_ENROL_RATE|ethnic_minority|>=|25.0|2029");
		assertThat(rows(
				"select target_value from fct_target where document_id = '002' and indicator_code = 'PRE_NATSTD_SCHOOL_RATE'"))
			.containsExactly("65.19");
		// Seed 003 item 11 is due in 2026, not 2030.
		assertThat(rows(
				"select target_year, target_value from fct_target where document_id = '003' and clause = 'item 11'"))
			.containsExactly("2026|100.0");
		assertThat(rows("select count(distinct scope_unit_key) from fct_target")).containsExactly("2");
	}

	@Test
	void everyTargetQuotesItsSeedClause() throws Exception {
		try (Connection c = warehouse.connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select t.target_id, d.file_name, t.quote_vi "
						+ "from fct_target t join dim_source_document d using (document_id)")) {
			int checked = 0;
			while (rs.next()) {
				String seed = Files.readString(Path.of("..", "data", "reference", "seeds", rs.getString(2)),
						StandardCharsets.UTF_8);
				assertThat(collapse(seed)).as(rs.getString(1)).contains(collapse(rs.getString(3)));
				checked++;
			}
			assertThat(checked).isGreaterThan(50);
		}
	}

	@Test
	void targetChecksFindTheRealInconsistencies() throws SQLException {
		assertThat(rows(
				"select issue_code, target_id, coalesce(related_target_id, '-') from v_target_issue order by 1, 2"))
			.containsExactly("below_province_target|T004-04|T000-01", // nursery 35 % < 38
																		// %
					"below_province_target|T004-05|T000-03", // kindergarten 96 % < 97 %
					"below_province_target|T004-15|T000-08", // lower-secondary
																// universalisation level
																// 2 < 3
					"components_contradict|T004-28|T004-27", // 2020 solid of 220 rooms ≠
																// 100 %
					"count_percent_mismatch|T004-28|-", "part_exceeds_whole|T004-28|-");
		assertThat(rows("select count(*) from v_target_issue where reason_vi is null or reason_en is null"))
			.containsExactly("0");
		// 13/15 = 86.7 % is consistent and must not be flagged.
		assertThat(rows("select count(*) from v_target_issue where target_id = 'T004-12'")).containsExactly("0");
	}

	@Test
	void planTasksWithParsedDeadlines() throws SQLException {
		assertThat(rows("select document_id, count(*) from dim_plan_task group by all order by 1"))
			.containsExactly("001|42", "003|28");
		assertThat(rows("select deadline_kind, due_date from dim_plan_task where plan_task_key = '003:2'"))
			.containsExactly("date|2026-03-31");
		assertThat(rows("select deadline_kind, due_date from dim_plan_task where plan_task_key = '003:3'"))
			.containsExactly("date|2026-12-31");
		assertThat(rows("select deadline_kind, recurrence from dim_plan_task where plan_task_key = '003:1'"))
			.containsExactly("recurring|continuous");
		assertThat(rows("select deadline_kind, recurrence from dim_plan_task where plan_task_key = '003:6'"))
			.containsExactly("recurring|annual");
		assertThat(rows("select count(*) from dim_plan_task where deadline_kind = 'unparsed'")).containsExactly("0");
	}

	@Test
	void vietnameseTextIsNfc() throws SQLException {
		List<String> names = rows("select name_vi from dim_unit union all select name_vi from dim_indicator "
				+ "union all select task_vi from dim_plan_task");
		assertThat(names).allMatch(n -> Normalizer.isNormalized(n, Normalizer.Form.NFC));
	}

	@Test
	void dataTestsHold() throws Exception {
		try (Connection c = warehouse.connect()) {
			assertThat(WarehouseChecks.runAll(c)).isNotEmpty().allMatch(WarehouseChecks.CheckResult::passed);
		}
	}

	private List<String> rows(String sql) throws SQLException {
		return WarehouseRows.rows(warehouse, sql);
	}

	private static long csvRows(String file) throws Exception {
		try (var in = Files.newInputStream(Path.of("..", "data", "reference", file));
				var csv = new vn.edu2030.common.CsvReader(in, ',', file)) {
			long n = -1;
			while (csv.next() != null) {
				n++;
			}
			return n;
		}
	}

	private static String collapse(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
	}

}
