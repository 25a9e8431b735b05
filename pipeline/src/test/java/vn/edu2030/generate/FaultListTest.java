package vn.edu2030.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import vn.edu2030.common.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * faults.csv lists exactly what the files contain: the rows a loader must refuse (and no
 * others), the figures the correcting delivery changes, the spelling variants.
 */
class FaultListTest {

	static final Path SAMPLE = SampleFiles.provinceSample();

	static final List<Map<String, String>> FAULTS = SampleFiles.csv(SAMPLE.resolve("faults.csv"), ',');

	@Test
	void theRowsToRefuseAreExactlyTheListedOnes() {
		List<SampleFiles.Reject> rejects = new ArrayList<>();
		for (Path p : SampleFiles.files(SAMPLE.resolve("former-quang-ngai"), "qn_*.csv")) {
			rejects.addAll(SampleFiles.quangNgai(p).rejects());
		}
		Set<String> found = new TreeSet<>();
		rejects.forEach(r -> found.add(r.file() + ":" + r.line() + ":" + r.reason()));
		Set<String> listed = new TreeSet<>();
		FAULTS.stream()
			.filter(f -> f.get("rejected").equals("yes"))
			.forEach(f -> listed.add(f.get("file") + ":" + f.get("line") + ":" + f.get("reason_code")));
		assertThat(found).isEqualTo(listed);
		assertThat(listed).hasSizeBetween(3, 6);
		// Few enough that every file still loads (under 2 % of its rows).
		for (Path p : SampleFiles.files(SAMPLE.resolve("former-quang-ngai"), "qn_*.csv")) {
			long rows = SampleFiles.csv(p, ';').size();
			long bad = rejects.stream().filter(r -> r.file().endsWith(p.getFileName().toString())).count();
			assertThat(bad).isLessThan(rows / 50);
		}
	}

	@Test
	void theCorrectingDeliveryChangesExactlyTheListedFigures() {
		Path dir = SAMPLE.resolve("former-quang-ngai");
		List<Path> deliveries = SampleFiles.files(dir, "qn_2023-2024_*.csv");
		assertThat(deliveries).hasSize(2);
		List<Map<String, String>> early = SampleFiles.csv(deliveries.get(0), ';');
		List<Map<String, String>> late = SampleFiles.csv(deliveries.get(1), ';');
		assertThat(early).hasSameSizeAs(late);
		Set<String> changed = new TreeSet<>();
		for (int i = 0; i < early.size(); i++) {
			Map<String, String> a = new java.util.HashMap<>(early.get(i));
			Map<String, String> b = new java.util.HashMap<>(late.get(i));
			if (!a.equals(b)) {
				changed.add("former-quang-ngai/" + deliveries.get(0).getFileName() + ":" + a.get("#line"));
			}
		}
		Set<String> listed = new TreeSet<>();
		FAULTS.stream()
			.filter(f -> f.get("kind").equals("corrected_later"))
			.forEach(f -> listed.add(f.get("file") + ":" + f.get("line")));
		assertThat(changed).isEqualTo(listed).hasSize(3);
	}

	@Test
	void everySpellingVariantIsThereAndStillMatchesItsCommune() {
		SampleFiles.Units units = new SampleFiles.Units();
		int variants = 0;
		for (Map<String, String> f : FAULTS) {
			if (!f.get("kind").equals("name_variant")) {
				continue;
			}
			variants++;
			var sheets = SampleFiles.workbook(SAMPLE.resolve(f.get("file")));
			int line = Integer.parseInt(f.get("line"));
			for (var sheet : sheets) {
				Map<Integer, Object> row = sheet.rows().get(line - 1);
				String district = units.kontumDistrictByFoldedName.get(VietnameseText.fold((String) row.get(1)));
				assertThat(district).as(f.get("file") + " row " + line).isNotNull();
				assertThat(units.kontumCommunesByDistrict.get(district))
					.contains(VietnameseText.fold((String) row.get(2)));
			}
			String shown = (String) sheets.get(0).rows().get(line - 1).get(f.get("key").startsWith("6") ? 1 : 2);
			assertThat(f.get("detail")).contains("'" + shown + "'");
		}
		assertThat(variants).isGreaterThan(10);
		assertThat(FAULTS).anyMatch(f -> f.get("detail").contains("(NFD)"));
	}

	@Test
	void synonymsResolveToCatalogueCodes() {
		SampleFiles.Units units = new SampleFiles.Units();
		List<Map<String, String>> synonyms = FAULTS.stream()
			.filter(f -> f.get("kind").equals("indicator_synonym"))
			.toList();
		assertThat(synonyms).isNotEmpty();
		for (Map<String, String> f : synonyms) {
			String written = f.get("detail").replaceAll("^chi_tieu written as '(.*)'$", "$1");
			assertThat(units.indicator(written)).isEqualTo(f.get("key").split("\\|")[1]);
		}
	}

}
