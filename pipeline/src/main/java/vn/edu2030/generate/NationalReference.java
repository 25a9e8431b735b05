package vn.edu2030.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import vn.edu2030.generate.internal.DelimitedWriter;
import vn.edu2030.reference.ReferenceFiles;
import vn.edu2030.reference.ReferenceFiles.Record;

/**
 * A synthetic country in the formats and file names of data/reference: 63 old provinces
 * ("Tỉnh Tổng Hợp 07"), districts with unique 3-digit codes from 101 (so 534, the Đức Phổ
 * plan's scope, exists), former communes with unique 5-digit codes, and new communes of
 * two to four former ones, a few former communes split between two. Every new commune
 * belongs to the one new province the reference loader knows (51). The other reference
 * files (indicators, targets, seeds, …) are copied from the bundled set.
 */
final class NationalReference {

	static final int PROVINCES = 63;

	private NationalReference() {
	}

	/** Writes the reference set into dir and returns how many new communes it has. */
	static int write(ReferenceFiles bundled, Path dir, long seed, int formerCommunes) throws IOException {
		Files.createDirectories(dir.resolve("seeds"));
		List<String> copy = new ArrayList<>(ReferenceFiles.FILES);
		copy.addAll(
				List.of(PublishedFigures.YEARBOOK, PublishedFigures.DISTRICTS, PublishedFigures.NEWS, "SOURCES.md"));
		for (Record r : bundled.read("source_documents.csv")) {
			copy.add("seeds/" + r.require("file_name"));
		}
		for (String name : copy) {
			try (InputStream in = bundled.open(name)) {
				Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			}
		}

		SplittableRandom random = Seeds.random(seed, "national-reference");
		// Provinces of uneven size: weights 0.4–1.6, scaled to the number of communes.
		double[] weights = new double[PROVINCES];
		double sum = 0;
		for (int p = 0; p < PROVINCES; p++) {
			weights[p] = 0.4 + 1.2 * random.nextDouble();
			sum += weights[p];
		}
		int commune = 0;
		int district = 101;
		int newCount = 0;
		int stt = 0;
		try (DelimitedWriter map = new DelimitedWriter(dir.resolve("qn_old_to_new_commune_map.csv"), ',', false, "\n");
				DelimitedWriter units = new DelimitedWriter(dir.resolve("qn_new_commune_units_2025.csv"), ',', false,
						"\n");
				DelimitedWriter zones = new DelimitedWriter(dir.resolve("former_district_zones.csv"), ',', false, "\n");
				DelimitedWriter splits = new DelimitedWriter(dir.resolve("crosswalk_split_weights.csv"), ',', false,
						"\n")) {
			map.write("old_code", "old_full_name", "old_type", "old_district_code", "old_district_name",
					"old_province_code", "old_province_name", "new_code", "new_full_name", "new_type", "partial_split",
					"notes");
			units.write("nso_stt", "new_code", "new_full_name", "unit_type", "new_short_name", "former_province",
					"n_former_units", "former_old_codes", "former_units_text_bando", "unchanged", "notes");
			zones.write("district_code", "district_name", "province_code", "zone", "basis");
			splits.write("old_code", "old_name", "new_code", "new_name", "weight", "weight_basis");
			for (int p = 0; p < PROVINCES; p++) {
				String provinceCode = String.valueOf(p + 1);
				String provinceName = String.format("Tỉnh Tổng Hợp %02d", p + 1);
				int communes = p == PROVINCES - 1 ? formerCommunes - commune
						: (int) Math.max(6, Math.round(formerCommunes * weights[p] / sum));
				communes = Math.min(communes, formerCommunes - commune - (PROVINCES - 1 - p) * 6);
				// Districts of 8–20 communes.
				List<String[]> olds = new ArrayList<>();
				int left = communes;
				while (left > 0) {
					int size = Math.min(left, 8 + random.nextInt(13));
					left -= size;
					String code = String.valueOf(district++);
					double u = random.nextDouble();
					String zone = u < 0.35 ? "mountain" : u < 0.97 ? "plain" : "island";
					String districtName = "Huyện Tổng Hợp " + code;
					zones.write(code, districtName, provinceCode, zone,
							"synthetic (edu2030 generate --scale national)");
					for (int k = 0; k < size; k++) {
						String oldCode = String.format("%05d", 3 * commune + 1);
						commune++;
						double t = random.nextDouble();
						String type = t < 0.10 ? "phường" : t < 0.16 ? "thị trấn" : "xã";
						String prefix = type.equals("phường") ? "Phường" : type.equals("thị trấn") ? "Thị trấn" : "Xã";
						olds.add(new String[] { oldCode, prefix + " Tổng Hợp " + oldCode, type, code, districtName });
					}
				}
				// New communes: runs of 2–4 consecutive former communes; now and then the
				// last of a run is split with the next run.
				int i = 0;
				while (i < olds.size()) {
					int size = Math.min(olds.size() - i, 2 + random.nextInt(3));
					List<String[]> members = new ArrayList<>(olds.subList(i, i + size));
					boolean split = i + size < olds.size() - 1 && random.nextDouble() < 0.01;
					String[] shared = split ? olds.get(i + size) : null;
					i += size;
					String newCode = members.get(0)[0];
					boolean ward = members.stream().anyMatch(m -> m[2].equals("phường"));
					String newType = ward ? "phường" : "xã";
					String newName = (ward ? "Phường" : "Xã") + " Tổng Hợp " + newCode;
					List<String> codes = new ArrayList<>();
					List<String> names = new ArrayList<>();
					for (String[] m : members) {
						codes.add(m[0]);
						names.add(m[1]);
						map.write(m[0], m[1], m[2], m[3], m[4], provinceCode, provinceName, newCode, newName, newType,
								"no", "");
					}
					if (shared != null) {
						// The next run's first commune is shared: half here, half there.
						codes.add(shared[0]);
						names.add(shared[1]);
						map.write(shared[0], shared[1], shared[2], shared[3], shared[4], provinceCode, provinceName,
								newCode, newName, newType, "yes", "synthetic split");
						splits.write(shared[0], shared[1], newCode, newName, "0.5", "synthetic equal split");
						String nextCode = shared[0];
						String nextName = (olds.get(i)[2].equals("phường") ? "Phường" : "Xã") + " Tổng Hợp " + nextCode;
						splits.write(shared[0], shared[1], nextCode, nextName, "0.5", "synthetic equal split");
					}
					units.write(String.valueOf(++stt), newCode, newName, newType, "Tổng Hợp " + newCode, provinceName,
							String.valueOf(codes.size()), String.join(";", codes), String.join(", ", names),
							codes.size() == 1 ? "yes" : "no", "synthetic");
					newCount++;
				}
			}
		}
		fixSplitRows(dir);
		return newCount;
	}

	/**
	 * The second half of a split is written as an ordinary row by the run that starts
	 * with the shared commune; mark it partial so both halves carry their weight.
	 */
	private static void fixSplitRows(Path dir) throws IOException {
		Path mapFile = dir.resolve("qn_old_to_new_commune_map.csv");
		List<String> shared = new ArrayList<>();
		for (String line : Files.readAllLines(dir.resolve("crosswalk_split_weights.csv"))) {
			String[] f = line.split(",");
			if (!f[0].equals("old_code")) {
				shared.add(f[0] + ">" + f[2]);
			}
		}
		List<String> lines = Files.readAllLines(mapFile);
		List<String> out = new ArrayList<>(lines.size());
		for (String line : lines) {
			String[] f = line.split(",", -1);
			if (f.length == 12 && f[10].equals("no") && shared.contains(f[0] + ">" + f[7])) {
				f[10] = "yes";
				f[11] = "synthetic split";
				line = String.join(",", f);
			}
			out.add(line);
		}
		Files.write(mapFile, out);
	}

}
