package vn.edu2030.reference.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.edu2030.common.TableWriter;
import vn.edu2030.common.VietnameseText;
import vn.edu2030.reference.ReferenceFiles;
import vn.edu2030.reference.ReferenceFiles.Record;
import vn.edu2030.reference.ReferenceFiles.ReferenceDataException;

/**
 * Builds {@code dim_unit} and {@code bridge_unit_crosswalk} from the official unit list
 * of 2025 and the old→new commune map: the new province and its 96 units, the two former
 * provinces, their former districts and the 272 former communes, and the weights that
 * re-base history onto the new units. Any inconsistency between the two lists refuses the
 * whole load.
 */
public final class UnitLoader {

	static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);

	static final LocalDate LAST_DAY_BEFORE_REFORM = REFORM_DAY.minusDays(1);

	static final String NEW_PROVINCE = "new-province-51";

	private static final String UNITS_FILE = "qn_new_commune_units_2025.csv";

	private static final String MAP_FILE = "qn_old_to_new_commune_map.csv";

	/** Counts of what was written, for the job summary. */
	public record Result(int units, int newUnits, int formerCommunes, int formerDistricts, int crosswalkRows) {

	}

	private record Unit(String key, String type, String code, String adminType, String name, String shortName,
			String parent, String province, LocalDate validFrom, LocalDate validTo, Boolean mountain, Boolean island,
			String basis, String source) {

	}

	private record Link(String from, String to, double weight, String basis, boolean partial, String source) {

	}

	public Result load(Connection connection, ReferenceFiles files) throws IOException, SQLException {
		Map<String, String> districtZone = new HashMap<>();
		Map<String, String> zoneBasis = new HashMap<>();
		for (Record r : files.read("former_district_zones.csv")) {
			districtZone.put(r.require("district_code"), r.require("zone"));
			zoneBasis.put(r.require("district_code"), r.require("basis"));
		}
		Map<String, Record> splitWeights = new HashMap<>();
		for (Record r : files.read("crosswalk_split_weights.csv")) {
			splitWeights.put(r.require("old_code") + ">" + r.require("new_code"), r);
		}

		Map<String, Unit> units = new LinkedHashMap<>();
		String newUnitsSource = files.describe(UNITS_FILE);
		String mapSource = files.describe(MAP_FILE);
		units.put(NEW_PROVINCE, new Unit(NEW_PROVINCE, "new_province", "51", "tỉnh", "Tỉnh Quảng Ngãi", "Quảng Ngãi",
				null, null, REFORM_DAY, null, null, null, null, newUnitsSource));
		// New units first, so that map rows can be checked against them.
		Map<String, Set<String>> constituentsListed = new HashMap<>();
		for (Record r : files.read(UNITS_FILE)) {
			String code = r.require("new_code");
			String key = "commune-" + code;
			if (units.containsKey(key)) {
				throw r.error("new unit code " + code + " listed twice");
			}
			units.put(key,
					new Unit(key, "commune", code, r.require("unit_type"), r.require("new_full_name"),
							r.require("new_short_name"), NEW_PROVINCE, NEW_PROVINCE, REFORM_DAY, null, null, null, null,
							newUnitsSource));
			Set<String> olds = new TreeSet<>();
			String listed = r.get("former_old_codes");
			if (listed != null) {
				for (String old : listed.split(";")) {
					olds.add(old.strip());
				}
			}
			constituentsListed.put(code, olds);
		}

		List<Link> links = new ArrayList<>();
		Map<String, Set<String>> constituentsMapped = new HashMap<>();
		Map<String, List<String>> zonesOfNewUnit = new HashMap<>();
		for (Record r : files.read(MAP_FILE)) {
			String districtCode = r.require("old_district_code");
			String provinceCode = r.require("old_province_code");
			String provinceKey = "former-province-" + provinceCode;
			// Former provinces come from the map itself (Quảng Ngãi 51, Kon Tum 62; any
			// province
			// of a larger map, e.g. the national benchmark set).
			units.putIfAbsent(provinceKey, new Unit(provinceKey, "former_province", provinceCode, "tỉnh",
					"Tỉnh " + r.require("old_province_name") + " (cũ)", r.require("old_province_name") + " (cũ)", null,
					null, null, LAST_DAY_BEFORE_REFORM, null, null, null, mapSource));
			String districtKey = "former-district-" + districtCode;
			String districtName = r.require("old_district_name").replace("''", "'");
			String zone = districtZone.get(districtCode);
			if (zone == null) {
				throw r.error("former district " + districtCode + " has no zone in former_district_zones.csv");
			}
			units.putIfAbsent(districtKey,
					new Unit(districtKey, "former_district", districtCode, adminType(districtName), districtName,
							stripType(districtName), provinceKey, provinceKey, null, LAST_DAY_BEFORE_REFORM,
							zone.equals("mountain"), zone.equals("island"), zoneBasis.get(districtCode), mapSource));
			String newCode = r.require("new_code");
			String toKey = "commune-" + newCode;
			if (!units.containsKey(toKey)) {
				throw r.error("new unit " + newCode + " is not in " + UNITS_FILE);
			}
			String oldCode = r.get("old_code");
			String fromKey;
			if (oldCode == null) {
				// A district without commune level (Lý Sơn): the district itself maps to
				// the new unit.
				fromKey = districtKey;
			}
			else {
				fromKey = "former-commune-" + oldCode;
				String oldName = r.require("old_full_name");
				units.putIfAbsent(fromKey,
						new Unit(fromKey, "former_commune", oldCode, r.require("old_type"), oldName, stripType(oldName),
								districtKey, provinceKey, null, LAST_DAY_BEFORE_REFORM, zone.equals("mountain"),
								zone.equals("island"), "zone of former district: " + zoneBasis.get(districtCode),
								mapSource));
				constituentsMapped.computeIfAbsent(newCode, k -> new TreeSet<>()).add(oldCode);
			}
			zonesOfNewUnit.computeIfAbsent(newCode, k -> new ArrayList<>()).add(zone);
			boolean partial = "yes".equalsIgnoreCase(r.get("partial_split"));
			double weight = 1.0;
			String basis = "whole unit";
			if (partial) {
				Record split = splitWeights.get(oldCode + ">" + newCode);
				if (split == null) {
					throw r.error("partial split " + oldCode + " → " + newCode
							+ " has no weight in crosswalk_split_weights.csv");
				}
				weight = split.number("weight");
				basis = split.require("weight_basis");
			}
			links.add(new Link(fromKey, toKey, weight, basis, partial, mapSource));
		}

		checkConstituents(constituentsListed, constituentsMapped);
		checkWeights(links);

		// New units take their attributes from the zones of their former communes.
		for (var entry : zonesOfNewUnit.entrySet()) {
			String key = "commune-" + entry.getKey();
			List<String> zones = entry.getValue();
			long mountain = zones.stream().filter("mountain"::equals).count();
			boolean island = zones.stream().allMatch("island"::equals);
			Unit u = units.get(key);
			units.put(key,
					new Unit(u.key, u.type, u.code, u.adminType, u.name, u.shortName, u.parent, u.province, u.validFrom,
							u.validTo, mountain * 2 > zones.size(), island, "majority zone of its former units ("
									+ mountain + " of " + zones.size() + " in mountain districts)",
							u.source));
		}

		int newUnits = 0;
		int formerCommunes = 0;
		int formerDistricts = 0;
		// Schools come from the statistics deliveries, not from the reference files: keep
		// them.
		try (TableWriter w = TableWriter.replacingWhere(connection, "dim_unit", "unit_type <> 'school'", "unit_key",
				"unit_type", "unit_code", "admin_type_vi", "name_vi", "short_name_vi", "name_folded", "parent_unit_key",
				"province_unit_key", "valid_from", "valid_to", "is_mountain", "is_island", "is_border",
				"is_ethnic_minority_area", "attribute_basis", "source")) {
			for (Unit u : units.values()) {
				w.row(u.key, u.type, u.code, u.adminType, u.name, u.shortName, VietnameseText.fold(u.shortName),
						u.parent, u.province, u.validFrom, u.validTo, u.mountain, u.island, null, null, u.basis == null
								? null : u.basis + "; border and ethnic-minority-area status: no source yet (null)",
						u.source);
				switch (u.type) {
					case "commune" -> newUnits++;
					case "former_commune" -> formerCommunes++;
					case "former_district" -> formerDistricts++;
					default -> {
					}
				}
			}
		}
		try (TableWriter w = TableWriter.replacing(connection, "bridge_unit_crosswalk", "from_unit_key", "to_unit_key",
				"weight", "weight_basis", "is_partial_split", "source")) {
			for (Link l : links) {
				w.row(l.from, l.to, l.weight, l.basis, l.partial, l.source);
			}
		}
		return new Result(units.size(), newUnits, formerCommunes, formerDistricts, links.size());
	}

	private static void checkConstituents(Map<String, Set<String>> listed, Map<String, Set<String>> mapped) {
		for (var entry : listed.entrySet()) {
			Set<String> fromMap = mapped.getOrDefault(entry.getKey(), Set.of());
			if (!entry.getValue().equals(fromMap)) {
				throw new ReferenceDataException(UNITS_FILE + " and " + MAP_FILE + " disagree on the former units of "
						+ entry.getKey() + ": " + entry.getValue() + " vs " + fromMap);
			}
		}
	}

	private static void checkWeights(List<Link> links) {
		Map<String, Double> sums = new HashMap<>();
		links.forEach(l -> sums.merge(l.from, l.weight, Double::sum));
		sums.forEach((from, sum) -> {
			if (Math.abs(sum - 1.0) > 1e-9) {
				throw new ReferenceDataException(
						"crosswalk weights of " + from + " sum to " + sum + ", not 1 (crosswalk_split_weights.csv)");
			}
		});
	}

	static String adminType(String name) {
		String folded = VietnameseText.fold(name);
		if (folded.startsWith("thanh pho")) {
			return "thành phố";
		}
		if (folded.startsWith("thi xa")) {
			return "thị xã";
		}
		return "huyện";
	}

	/** "Huyện Bình Sơn" → "Bình Sơn"; "Thị trấn Đắk Hà" → "Đắk Hà". */
	static String stripType(String name) {
		for (String prefix : List.of("Thành phố ", "Thị xã ", "Thị trấn ", "Huyện ", "Phường ", "Xã ", "Đặc khu ")) {
			if (name.startsWith(prefix)) {
				return name.substring(prefix.length());
			}
		}
		return name;
	}

}
