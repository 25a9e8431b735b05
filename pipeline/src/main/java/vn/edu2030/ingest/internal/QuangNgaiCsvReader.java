package vn.edu2030.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import vn.edu2030.common.CsvReader;
import vn.edu2030.common.SchoolYear;
import vn.edu2030.ingest.Delivery;
import vn.edu2030.ingest.FeedReader;

/**
 * Feed 1, former Quảng Ngãi: long CSV, ';' separated, Vietnamese numbers, UTF-8 with BOM,
 * one row per former commune (old code) × indicator × disaggregation.
 */
public final class QuangNgaiCsvReader implements FeedReader {

	static final List<String> COLUMNS = List.of("nam_hoc", "ma_xa", "ten_xa", "chi_tieu", "phan_to", "tu_so", "mau_so",
			"gia_tri");

	@Override
	public void read(Delivery delivery, ReferenceLookups lookups, Staging staging) throws IOException {
		CsvFeedSupport.requireCompleteLastLine(delivery.path());
		try (InputStream in = Files.newInputStream(delivery.path());
				CsvReader csv = new CsvReader(in, ';', delivery.fileName())) {
			Map<String, Integer> col = CsvFeedSupport.columns(csv.next(), COLUMNS, delivery.fileName());
			int width = col.size();
			SchoolYearCheck schoolYears = new SchoolYearCheck(delivery.schoolYear());
			CsvReader.Row row;
			while ((row = csv.next()) != null) {
				long line = row.line();
				long record = staging.record(line, "line " + line, row.raw());
				if (row.size() != width) {
					staging.reject(record, line, null, "wrong_shape", row.size() + " fields, the header has " + width);
					continue;
				}
				String indicatorText = row.get(col.get("chi_tieu"));
				String indicator = lookups.indicator(indicatorText);
				if (indicator == null) {
					staging.reject(record, line, null, "unknown_indicator",
							"'" + indicatorText + "' is not an indicator of the catalogue");
					continue;
				}
				if (!schoolYears.accepts(row.get(col.get("nam_hoc")), staging, record, line, indicator)) {
					continue;
				}
				SchoolYear year = delivery.schoolYear();
				ReferenceLookups.Match unit = lookups.formerCommuneByCode(row.get(col.get("ma_xa")));
				if (unit.unitKey() == null) {
					staging.reject(record, line, indicator, "unknown_unit", unit.problem());
					continue;
				}
				String disaggregation = lookups.disaggregation(row.get(col.get("phan_to")));
				if (disaggregation == null) {
					staging.reject(record, line, indicator, "unknown_disaggregation",
							"'" + row.get(col.get("phan_to")) + "' is not a disaggregation");
					continue;
				}
				String kind = lookups.kind(indicator);
				try {
					if (kind.equals("ratio")) {
						Double numerator = number(row.get(col.get("tu_so")), "tu_so");
						Double denominator = number(row.get(col.get("mau_so")), "mau_so");
						Double stated = number(row.get(col.get("gia_tri")), "gia_tri");
						if (numerator == null || denominator == null) {
							staging.reject(record, line, indicator, "missing_value", "a rate needs tu_so and mau_so");
							continue;
						}
						staging.component(record, line, unit.unitKey(), year.startYear(), indicator, disaggregation,
								"numerator", numerator);
						staging.component(record, line, unit.unitKey(), year.startYear(), indicator, disaggregation,
								"denominator", denominator);
						if (stated != null) {
							staging.component(record, line, unit.unitKey(), year.startYear(), indicator, disaggregation,
									"stated", stated);
						}
					}
					else {
						Double value = number(row.get(col.get("gia_tri")), "gia_tri");
						if (value == null) {
							staging.reject(record, line, indicator, "missing_value", "a " + kind + " needs gia_tri");
							continue;
						}
						staging.component(record, line, unit.unitKey(), year.startYear(), indicator, disaggregation,
								"value", value);
					}
				}
				catch (NumberParser.BadNumber ex) {
					staging.reject(record, line, indicator, "unparseable_number", ex.getMessage());
				}
			}
		}
		catch (CsvReader.CsvFormatException ex) {
			throw new DeliveryRefusedException(ex.getMessage(), ex);
		}
	}

	private static Double number(String text, String column) throws NumberParser.BadNumber {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return NumberParser.vietnamese(text);
		}
		catch (NumberParser.BadNumber ex) {
			throw new NumberParser.BadNumber(column + ": " + ex.getMessage());
		}
	}

}
