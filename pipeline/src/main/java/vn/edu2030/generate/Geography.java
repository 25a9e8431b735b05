package vn.edu2030.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.edu2030.reference.ReferenceFiles;
import vn.edu2030.reference.ReferenceFiles.Record;

/**
 * The units the sample is delivered for, read from a reference set (the real one, or the
 * synthetic national one): former communes by old province, the new communes they went
 * into (with the split weights), and the new communes' names.
 *
 * @param provinces former communes per old province code, ordered by district then code
 * @param districtsWithoutCommunes former districts mapped as a whole (Lý Sơn), by code
 * @param newUnits new commune code → full name
 */
record Geography(Map<String, List<Area>> provinces, Map<String, Area> districtsWithoutCommunes,
		Map<String, String> newUnits) {

	/** Sizes and ethnic-minority shares are drawn here; district weights may be given. */
	static Geography read(ReferenceFiles files, long seed, Map<String, Double> districtWeights) throws IOException {
		Map<String, Zone> zones = new HashMap<>();
		for (Record r : files.read("former_district_zones.csv")) {
			zones.put(r.require("district_code"), Zone.of(r.require("zone")));
		}
		Map<String, Double> splitWeights = new HashMap<>();
		for (Record r : files.read("crosswalk_split_weights.csv")) {
			splitWeights.put(r.require("old_code") + ">" + r.require("new_code"), r.number("weight"));
		}
		Map<String, String> newUnits = new TreeMap<>();
		for (Record r : files.read("qn_new_commune_units_2025.csv")) {
			newUnits.put(r.require("new_code"), r.require("new_full_name"));
		}

		record Row(String code, String name, String type, String district, String districtName, String province,
				List<Area.NewUnitShare> shares) {
		}
		Map<String, Row> rows = new LinkedHashMap<>();
		Map<String, Row> wholeDistricts = new LinkedHashMap<>();
		for (Record r : files.read("qn_old_to_new_commune_map.csv")) {
			String code = r.get("old_code");
			String newCode = r.require("new_code");
			double weight = "yes".equalsIgnoreCase(r.get("partial_split"))
					? splitWeights.getOrDefault(code + ">" + newCode, Double.NaN) : 1.0;
			if (Double.isNaN(weight)) {
				throw new IllegalStateException("no split weight for " + code + " → " + newCode);
			}
			String district = r.require("old_district_code");
			Map<String, Row> target = code == null ? wholeDistricts : rows;
			String key = code == null ? district : code;
			Row row = target.computeIfAbsent(key,
					k -> new Row(code == null ? "" : code, r.require("old_full_name"), r.require("old_type"), district,
							r.require("old_district_name").replace("''", "'"), r.require("old_province_code"),
							new ArrayList<>()));
			row.shares.add(new Area.NewUnitShare(newCode, weight));
		}

		Map<String, List<Row>> byProvince = new TreeMap<>();
		rows.values().forEach(r -> byProvince.computeIfAbsent(r.province, k -> new ArrayList<>()).add(r));
		Map<String, List<Area>> provinces = new TreeMap<>();
		for (var entry : byProvince.entrySet()) {
			List<Row> list = entry.getValue();
			list.sort(Comparator.comparing((Row r) -> r.district).thenComparing(r -> r.code));
			// Size: a draw per commune (towns and wards larger), scaled so that each
			// district holds its weight where one is given, then to a mean of 1.
			double[] raw = new double[list.size()];
			Map<String, Double> districtRaw = new TreeMap<>();
			for (int i = 0; i < raw.length; i++) {
				Row r = list.get(i);
				raw[i] = typeFactor(r.type) * Seeds.lognormal(seed, 0.35, r.code, "size");
				districtRaw.merge(r.district, raw[i], Double::sum);
			}
			double totalWeight = 0;
			for (String d : districtRaw.keySet()) {
				totalWeight += districtWeights.getOrDefault(d, 0.0);
			}
			double sum = 0;
			for (int i = 0; i < raw.length; i++) {
				Double w = districtWeights.get(list.get(i).district);
				if (w != null && totalWeight > 0) {
					raw[i] = raw[i] / districtRaw.get(list.get(i).district) * w / totalWeight * raw.length;
				}
				sum += raw[i];
			}
			List<Area> areas = new ArrayList<>();
			for (int i = 0; i < raw.length; i++) {
				Row r = list.get(i);
				Zone zone = zones.get(r.district);
				if (zone == null) {
					throw new IllegalStateException("district " + r.district + " has no zone");
				}
				areas.add(new Area(r.code, r.code, r.name, stripType(r.name), r.type, r.district,
						stripType(r.districtName), r.province, zone, raw[i] * raw.length / sum,
						emShare(seed, r.code, r.type, zone, r.district), List.copyOf(r.shares)));
			}
			provinces.put(entry.getKey(), List.copyOf(areas));
		}

		Map<String, Area> whole = new TreeMap<>();
		for (Row r : wholeDistricts.values()) {
			Zone zone = zones.get(r.district);
			whole.put(r.district, new Area("district-" + r.district, "", r.name, stripType(r.name), "đặc khu",
					r.district, stripType(r.districtName), r.province, zone, 1.0, 0.0, List.copyOf(r.shares)));
		}
		return new Geography(provinces, whole, newUnits);
	}

	/** A whole district (Lý Sơn) as an area holding the given share of its province. */
	Area wholeDistrict(String districtCode, double shareOfProvince) {
		Area a = districtsWithoutCommunes.get(districtCode);
		double provinceSize = provinces.get(a.provinceCode()).stream().mapToDouble(Area::size).sum();
		double size = provinceSize * shareOfProvince / (1 - shareOfProvince);
		return new Area(a.key(), a.code(), a.name(), a.shortName(), a.type(), a.districtCode(), a.districtShortName(),
				a.provinceCode(), a.zone(), size, 0.0, a.newUnits());
	}

	private static double typeFactor(String type) {
		return switch (type) {
			case "phường" -> 1.5;
			case "thị trấn" -> 1.3;
			default -> 1.0;
		};
	}

	/**
	 * Share of ethnic-minority children: high in mountain communes, lower in their towns
	 * and in the city wards, nil or small on the plain.
	 */
	static double emShare(long seed, String code, String type, Zone zone, String district) {
		double u = Seeds.uniform(seed, 0, 1, code, "em");
		if (zone == Zone.ISLAND) {
			return 0;
		}
		if (zone == Zone.PLAIN) {
			return u < 0.6 ? 0 : 0.002 + 0.028 * Seeds.uniform(seed, 0, 1, code, "em-plain");
		}
		boolean city = district.equals("608");
		return switch (type) {
			case "phường" -> 0.12 + 0.23 * u;
			case "thị trấn" -> 0.35 + 0.25 * u;
			default -> city ? 0.5 + 0.35 * u : 0.62 + 0.34 * u;
		};
	}

	static String stripType(String name) {
		for (String prefix : List.of("Thành phố ", "Thị xã ", "Thị trấn ", "Huyện ", "Phường ", "Xã ", "Đặc khu ")) {
			if (name.startsWith(prefix)) {
				return name.substring(prefix.length());
			}
		}
		return name;
	}

}
