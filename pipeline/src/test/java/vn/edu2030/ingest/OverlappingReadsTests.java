package vn.edu2030.ingest;

import java.nio.file.Files;
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

/**
 * The ingest reads the next delivery while the current one loads. A byte-identical copy
 * of a delivery under another name, read while the original loads, must neither disturb
 * the original's staging nor be loaded a second time; the deliveries around them load as
 * usual. Nothing is left in staging, not even what a killed run left there.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverlappingReadsTests {

	static final Path HOME = TestHomes.create("overlapping-reads");

	static final Path INCOMING = TestHomes.create("overlapping-reads-incoming");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("edu2030.home", HOME::toString);
		registry.add("edu2030.incoming-dir", INCOMING::toString);
	}

	@Autowired
	NightlyRunner nightly;

	@Autowired
	Warehouse warehouse;

	NightlyRunner.Outcome outcome;

	@BeforeAll
	void runNightly() throws Exception {
		Path sample = Path.of("..", "data", "incoming", "former-quang-ngai");
		Path qn = Files.createDirectories(INCOMING.resolve("former-quang-ngai"));
		for (String name : List.of("qn_2022-2023_20221020.csv", "qn_2023-2024_20231020.csv",
				"qn_2024-2025_20241020.csv")) {
			Files.copy(sample.resolve(name), qn.resolve(name));
		}
		Files.copy(sample.resolve("qn_2023-2024_20231020.csv"), qn.resolve("qn_2023-2024_20231021.csv"));
		// What a killed run would leave behind.
		Path leftover = Files.createDirectories(HOME.resolve("staging").resolve("ingest").resolve("qn_killed-run"));
		Files.writeString(leftover.resolve("stg_map-1.csv"), "x\n");
		outcome = nightly.run(List.of(), false);
	}

	@Test
	void theCopyIsNotLoadedAndTheOthersAre() throws SQLException {
		assertThat(outcome.success()).as(outcome.line()).isTrue();
		assertThat(outcome.line()).contains("3 deliveries loaded, 0 kept as superseded, 0 refused");
		assertThat(WarehouseRows.rows(warehouse, "select file_name, status from etl_file order by file_name"))
			.containsExactly("qn_2022-2023_20221020.csv|loaded", "qn_2023-2024_20231020.csv|loaded",
					"qn_2024-2025_20241020.csv|loaded");
	}

	@Test
	void eachDeliveryLoadsAllItsRows() throws Exception {
		// One fact or one reject per data line of each file: nothing lost to the overlap.
		for (String row : WarehouseRows.rows(warehouse, """
				select e.file_name, e.rows_read, e.rows_loaded,
				       (select count(*) from fct_indicator_value v where v.file_id = e.file_id)
				from etl_file e""")) {
			String[] f = row.split("\\|");
			long lines;
			try (var all = Files.lines(INCOMING.resolve("former-quang-ngai").resolve(f[0]))) {
				lines = all.count();
			}
			assertThat(Long.parseLong(f[1])).as(f[0]).isEqualTo(lines - 1);
			assertThat(f[3]).as(f[0]).isEqualTo(f[2]);
		}
	}

	@Test
	void noStagingIsLeftBehindNotEvenAKilledRunsStaging() throws Exception {
		try (var left = Files.list(Files.createDirectories(HOME.resolve("staging").resolve("ingest")))) {
			assertThat(left.toList()).isEmpty();
		}
	}

}
