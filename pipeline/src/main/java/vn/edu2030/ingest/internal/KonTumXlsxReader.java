package vn.edu2030.ingest.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.edu2030.common.VietnameseText;
import vn.edu2030.ingest.Delivery;
import vn.edu2030.ingest.FeedReader;
import vn.edu2030.ingest.xlsx.XlsxReader;
import vn.edu2030.reference.ReferenceFiles;

/**
 * Feed 2, former Kon Tum: an XLSX workbook, one sheet per level, two header rows (a group
 * label merged over its columns, then sub-labels), communes identified by district and
 * name. Columns are mapped through {@code feed_columns_kon_tum.csv}; a column the mapping
 * does not know refuses the file rather than dropping its figures.
 */
public final class KonTumXlsxReader implements FeedReader {

	/** One component a column carries. */
	record Target(String indicator, String disaggregation, String component) {

	}

	/** sheet (folded) → "group|sub" (folded) → components. */
	private final Map<String, Map<String, List<Target>>> mapping = new LinkedHashMap<>();

	private final Map<String, String> sheetTitles = new HashMap<>();

	private final XlsxReader.Limits limits;

	public KonTumXlsxReader(ReferenceFiles files, XlsxReader.Limits limits) throws IOException {
		this.limits = limits;
		for (ReferenceFiles.Record r : files.read("feed_columns_kon_tum.csv")) {
			String sheet = VietnameseText.fold(r.require("sheet"));
			sheetTitles.put(sheet, r.require("sheet"));
			mapping.computeIfAbsent(sheet, k -> new HashMap<>())
				.computeIfAbsent(header(r.require("group_header"), r.require("sub_header")), k -> new ArrayList<>())
				.add(new Target(r.require("indicator_code"), r.require("disaggregation_code"), r.require("component")));
		}
	}

	static String header(String group, String sub) {
		return VietnameseText.fold(group) + "|" + VietnameseText.fold(sub);
	}

	@Override
	public void read(Delivery delivery, ReferenceLookups lookups, Staging staging) throws IOException {
		try (XlsxReader xlsx = new XlsxReader(delivery.path(), limits)) {
			Map<String, String> sheetsByFolded = new HashMap<>();
			for (String name : xlsx.sheetNames()) {
				sheetsByFolded.put(VietnameseText.fold(name), name);
			}
			for (var sheet : mapping.entrySet()) {
				String actual = sheetsByFolded.get(sheet.getKey());
				if (actual == null) {
					throw new DeliveryRefusedException(delivery.fileName() + ": no sheet '"
							+ sheetTitles.get(sheet.getKey()) + "' (sheets: " + xlsx.sheetNames() + ")");
				}
				readSheet(xlsx, actual, sheet.getValue(), delivery, lookups, staging);
			}
		}
		catch (XlsxReader.XlsxFormatException ex) {
			throw new DeliveryRefusedException(ex.getMessage(), ex);
		}
	}

	private void readSheet(XlsxReader xlsx, String sheet, Map<String, List<Target>> columns, Delivery delivery,
			ReferenceLookups lookups, Staging staging) throws IOException {
		Map<Integer, String> groups = new TreeMap<>();
		Map<Integer, List<Target>> targets = new HashMap<>();
		int year = delivery.schoolYear().startYear();
		xlsx.readSheet(sheet, row -> {
			if (row.number() == 1) {
				groups.putAll(row.cells());
				return;
			}
			if (row.number() == 2) {
				String group = null;
				int last = row.cells().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
				for (int c = 3; c <= last; c++) {
					// a merged group label stands in its first column only: carry it to
					// the right
					group = groups.getOrDefault(c, group);
					String sub = row.cell(c);
					if (sub == null && group == null) {
						continue;
					}
					List<Target> mapped = columns.get(header(group == null ? "" : group, sub == null ? "" : sub));
					if (mapped == null) {
						throw new DeliveryRefusedException(
								delivery.fileName() + " sheet '" + sheet + "' column " + (c + 1) + ": unknown header '"
										+ group + " / " + sub + "' (not in feed_columns_kon_tum.csv)");
					}
					targets.put(c, mapped);
				}
				return;
			}
			String district = row.cell(1);
			String commune = row.cell(2);
			long record = staging.record(row.number(), sheet + "!" + row.number(), row.raw());
			if (commune == null || commune.isBlank()) {
				if (district != null && VietnameseText.fold(district).startsWith("tong")) {
					return; // a totals row: recomputed by the warehouse, never loaded
				}
				staging.reject(record, row.number(), null, "unknown_unit", "sheet '" + sheet + "': no commune name");
				return;
			}
			ReferenceLookups.Match unit = lookups.formerCommuneByName(district == null ? "" : district, commune);
			if (unit.unitKey() == null) {
				staging.reject(record, row.number(), null, "unknown_unit", "sheet '" + sheet + "': " + unit.problem());
				return;
			}
			for (var cell : row.cells().entrySet()) {
				List<Target> mapped = targets.get(cell.getKey());
				if (mapped == null) {
					if (cell.getKey() >= 3) {
						staging.reject(record, row.number(), null, "wrong_shape",
								"sheet '" + sheet + "' column " + (cell.getKey() + 1) + " has a value but no header");
					}
					continue;
				}
				String text = cell.getValue().strip();
				if (text.isEmpty() || text.equals("-")) {
					continue;
				}
				double amount;
				try {
					amount = row.isText(cell.getKey()) ? NumberParser.vietnamese(text) : NumberParser.plain(text);
				}
				catch (NumberParser.BadNumber ex) {
					for (Target t : mapped) {
						staging.reject(record, row.number(), t.indicator, "unparseable_number",
								"sheet '" + sheet + "' column " + (cell.getKey() + 1) + ": " + ex.getMessage());
					}
					continue;
				}
				for (Target t : mapped) {
					staging.component(record, row.number(), unit.unitKey(), year, t.indicator, t.disaggregation,
							t.component, amount);
				}
			}
		});
	}

}
