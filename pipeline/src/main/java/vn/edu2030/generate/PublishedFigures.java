package vn.edu2030.generate;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.edu2030.reference.ReferenceFiles;
import vn.edu2030.reference.ReferenceFiles.Record;

/**
 * The real published figures of data/reference/edu_*.csv, looked up by the keys that
 * identify their rows (the same keys calibration.csv cites as source_row).
 */
final class PublishedFigures {

	static final String YEARBOOK = "edu_qn_yearbook2016_province_totals.csv";

	static final String DISTRICTS = "edu_qn_preschool_classes_by_old_district_2015_2016.csv";

	static final String NEWS = "edu_news_facts_province.csv";

	final List<Record> yearbook;

	final List<Record> districts;

	final List<Record> news;

	private final Map<String, Record> byKey = new LinkedHashMap<>();

	PublishedFigures(ReferenceFiles files) throws IOException {
		yearbook = files.read(YEARBOOK);
		districts = files.read(DISTRICTS);
		news = files.read(NEWS);
		for (Record r : yearbook) {
			index(YEARBOOK, yearbookKey(r), r);
		}
		for (Record r : districts) {
			index(DISTRICTS, districtKey(r), r);
		}
		for (Record r : news) {
			index(NEWS, newsKey(r), r);
		}
	}

	private void index(String file, String key, Record r) {
		if (byKey.put(file + "#" + key, r) != null) {
			throw new IllegalStateException(file + ": two rows with the key " + key);
		}
	}

	static String yearbookKey(Record r) {
		return String.join("|", r.require("table_no"), r.require("level"), r.require("indicator"),
				r.require("breakdown"), r.require("year_label_as_printed"));
	}

	static String districtKey(Record r) {
		return String.join("|", r.require("geo_name_as_printed"), r.require("year_label_as_printed"),
				r.require("breakdown"));
	}

	static String newsKey(Record r) {
		return String.join("|", r.require("source_id"), r.require("level"), r.require("indicator"));
	}

	Record row(String file, String key) {
		Record r = byKey.get(file + "#" + key);
		if (r == null) {
			throw new IllegalStateException(file + ": no row " + key);
		}
		return r;
	}

	/** The value of a row; '-' (none) is 0. */
	long value(String file, String key) {
		Record r = row(file, key);
		Double v = r.number("value");
		return v == null ? 0 : Math.round(v);
	}

	double number(String file, String key) {
		Double v = row(file, key).number("value");
		return v == null ? 0 : v;
	}

	long yearbook(String table, String level, String indicator, String breakdown, int year) {
		return value(YEARBOOK, String.join("|", table, level, indicator, breakdown, String.valueOf(year)));
	}

	long district(String geo, int year, String breakdown) {
		return value(DISTRICTS, String.join("|", geo, String.valueOf(year), breakdown));
	}

	long news(String sourceId, String level, String indicator) {
		return value(NEWS, String.join("|", sourceId, level, indicator));
	}

}
