package vn.edu2030.ingest.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.edu2030.common.VietnameseText;
import vn.edu2030.reference.ReferenceFiles;

/**
 * What the feeds name, resolved to warehouse keys: units (by code, or by name within a
 * district, diacritic- and case-insensitively, with the known spelling variants),
 * indicators (code or any of their Vietnamese names) and disaggregations. Loaded once per
 * ingest run from the warehouse and the reference files.
 */
public final class ReferenceLookups {

	/** Result of a name lookup: the key, or why there is none. */
	public record Match(String unitKey, String problem) {

	}

	private final Map<String, String> unitTypeByKey = new HashMap<>();

	/**
	 * The former communes' names: {district short name, commune short name, key}, from
	 * the units and the aliases.
	 */
	private final List<String[]> communeNames = new ArrayList<>();

	/**
	 * folded district short name → folded commune short name → keys; made from
	 * {@link #communeNames} on the first lookup by name (only the Kon Tum feed needs it).
	 */
	private Map<String, Map<String, List<String>>> communesByDistrict;

	private final Map<String, String> indicators = new HashMap<>();

	private final Map<String, String> indicatorKinds = new HashMap<>();

	private final Map<String, String> disaggregations = new HashMap<>();

	// Caches filled as texts are met, by whichever thread reads a delivery.
	private final Map<String, String> indicatorByText = new ConcurrentHashMap<>();

	private final Map<String, String> disaggregationByText = new ConcurrentHashMap<>();

	public static ReferenceLookups load(Connection c, ReferenceFiles files) throws SQLException, IOException {
		ReferenceLookups l = new ReferenceLookups();
		Map<String, String> districtShortName = new HashMap<>();
		List<String[]> formerCommunes = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select unit_key, unit_type, short_name_vi, parent_unit_key, "
						+ "province_unit_key from dim_unit where unit_type <> 'school'")) {
			while (rs.next()) {
				String key = rs.getString(1);
				l.unitTypeByKey.put(key, rs.getString(2));
				if (rs.getString(2).equals("former_district")) {
					districtShortName.put(key, rs.getString(3));
				}
				else if (rs.getString(2).equals("former_commune")) {
					formerCommunes.add(new String[] { key, rs.getString(3), rs.getString(4) });
				}
			}
		}
		for (String[] commune : formerCommunes) {
			String district = districtShortName.get(commune[2]);
			l.communeNames.add(new String[] { district, commune[1], commune[0] });
		}
		for (ReferenceFiles.Record r : files.read("unit_name_aliases.csv")) {
			String key = r.require("unit_key");
			String parent = null;
			try (var ps = c.prepareStatement("select d.short_name_vi from dim_unit u join dim_unit d "
					+ "on d.unit_key = u.parent_unit_key where u.unit_key = ?")) {
				ps.setString(1, key);
				try (ResultSet rs = ps.executeQuery()) {
					if (!rs.next()) {
						throw r.error("alias for unknown unit " + key);
					}
					parent = rs.getString(1);
				}
			}
			l.communeNames.add(new String[] { parent, r.require("alias_vi"), key });
		}
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select indicator_code, name_vi, kind from dim_indicator")) {
			while (rs.next()) {
				l.indicators.put(rs.getString(1).toUpperCase(), rs.getString(1));
				l.indicators.put(VietnameseText.fold(rs.getString(2)), rs.getString(1));
				l.indicatorKinds.put(rs.getString(1), rs.getString(3));
			}
		}
		for (ReferenceFiles.Record r : files.read("indicator_synonyms.csv")) {
			l.indicators.put(VietnameseText.fold(r.require("synonym_vi")), r.require("indicator_code"));
		}
		for (ReferenceFiles.Record r : files.read("disaggregations.csv")) {
			String code = r.require("disaggregation_code");
			l.disaggregations.put(code, code);
			l.disaggregations.put(VietnameseText.fold(r.require("name_vi")), code);
			l.disaggregations.put(VietnameseText.fold(r.require("name_en")), code);
			String synonyms = r.get("synonyms_vi");
			if (synonyms != null) {
				for (String synonym : synonyms.split("\\|")) {
					l.disaggregations.put(VietnameseText.fold(synonym), code);
				}
			}
		}
		return l;
	}

	private synchronized Map<String, Map<String, List<String>>> communesByDistrict() {
		if (communesByDistrict == null) {
			Map<String, Map<String, List<String>>> index = new HashMap<>();
			for (String[] name : communeNames) {
				List<String> keys = index.computeIfAbsent(nameKey(name[0]), k -> new HashMap<>())
					.computeIfAbsent(nameKey(name[1]), k -> new ArrayList<>());
				if (!keys.contains(name[2])) {
					keys.add(name[2]);
				}
			}
			communesByDistrict = index;
		}
		return communesByDistrict;
	}

	/** Folded name without its administrative type: "Xã Đắk Blô" → "dak blo". */
	static String nameKey(String name) {
		String folded = VietnameseText.fold(name);
		for (String prefix : new String[] { "thanh pho ", "tp ", "thi xa ", "thi tran ", "huyen ", "phuong ", "xa ",
				"dac khu " }) {
			if (folded.startsWith(prefix)) {
				return folded.substring(prefix.length());
			}
		}
		return folded;
	}

	/**
	 * A former commune by its old code. (A commune another feed also delivers is refused
	 * as already delivered when the second delivery loads.)
	 */
	public Match formerCommuneByCode(String code) {
		String key = "former-commune-" + code.strip();
		if (!"former_commune".equals(unitTypeByKey.get(key))) {
			return new Match(null, "no former commune with code '" + code.strip() + "'");
		}
		return new Match(key, null);
	}

	/**
	 * A former commune by name within its former district, both matched without
	 * diacritics.
	 */
	public Match formerCommuneByName(String district, String commune) {
		Map<String, List<String>> inDistrict = communesByDistrict().get(nameKey(district));
		if (inDistrict == null) {
			return new Match(null, "no former district named '" + district + "'");
		}
		List<String> keys = inDistrict.get(nameKey(commune));
		if (keys == null || keys.isEmpty()) {
			return new Match(null, "no former commune named '" + commune + "' in district '" + district + "'");
		}
		if (keys.size() > 1) {
			return new Match(null, "'" + commune + "' in district '" + district + "' is ambiguous: " + keys);
		}
		return new Match(keys.get(0), null);
	}

	/** A new commune (unit of the merged province) by its code. */
	public Match newCommuneByCode(String code) {
		String key = "commune-" + code.strip();
		return "commune".equals(unitTypeByKey.get(key)) ? new Match(key, null)
				: new Match(null, "no commune with code '" + code.strip() + "' in the 2025 list");
	}

	/** Indicator code, or null when the text names no catalogued indicator. */
	public String indicator(String text) {
		// Feeds repeat the same few texts millions of times: fold each once.
		return indicatorByText.computeIfAbsent(text, t -> {
			String byCode = indicators.get(t.strip().toUpperCase());
			return byCode != null ? byCode : indicators.get(VietnameseText.fold(t));
		});
	}

	/** Why a feed's text names no indicator (both readers of every feed say it so). */
	public static String unknownIndicator(String text) {
		return "'" + text + "' is not an indicator of the catalogue";
	}

	/** Why a feed's text names no disaggregation. */
	public static String unknownDisaggregation(String text) {
		return "'" + text + "' is not a disaggregation";
	}

	public String kind(String indicatorCode) {
		return indicatorKinds.get(indicatorCode);
	}

	/** Disaggregation code, or null. An empty text means all. */
	public String disaggregation(String text) {
		if (text == null || text.isBlank()) {
			return "all";
		}
		return disaggregationByText.computeIfAbsent(text, t -> {
			String code = disaggregations.get(t.strip());
			return code != null ? code : disaggregations.get(VietnameseText.fold(t));
		});
	}

}
