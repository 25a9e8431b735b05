package vn.edu2030.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.edu2030.common.CsvReader;
import vn.edu2030.common.SchoolYear;
import vn.edu2030.ingest.Delivery;
import vn.edu2030.ingest.FeedReader;

/**
 * Feed 1, former Quảng Ngãi: long CSV, ';' separated, Vietnamese numbers, UTF-8 with BOM,
 * one row per former commune (old code) × indicator × disaggregation.
 */
public final class QuangNgaiCsvReader implements FeedReader {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(QuangNgaiCsvReader.class);

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
							ReferenceLookups.unknownIndicator(indicatorText));
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
							ReferenceLookups.unknownDisaggregation(row.get(col.get("phan_to"))));
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

	/**
	 * The bulk reader: the same checks in SQL over the whole file, names and irregular
	 * numbers resolved by the code above.
	 */
	@Override
	public Optional<StagedDelivery> stage(Connection c, Delivery delivery, ReferenceLookups lookups, Path folder)
			throws IOException, SQLException {
		CsvFeedSupport.requireCompleteLastLine(delivery.path());
		Optional<BulkCsv> opened = BulkCsv.open(c, delivery.feed().folder(), delivery.path(), delivery.fileName(),
				delivery.content(), ';', COLUMNS, folder);
		if (opened.isEmpty()) {
			return Optional.empty();
		}
		BulkCsv csv = opened.get();
		csv.resolveCommon(lookups, delivery.schoolYear(), "chi_tieu", "nam_hoc", "ma_xa", lookups::formerCommuneByCode,
				"phan_to");
		csv.resolveColumns("number", List.of("tu_so", "mau_so", "gia_tri"), text -> text.isBlank()
				? BulkCsv.Resolved.of(null) : BulkCsv.Resolved.number(text, NumberParser::vietnamese));
		csv.loadMap();
		String joins = String.join("\n", csv.join("ind", "indicator", "chi_tieu"), csv.join("yr", "year", "nam_hoc"),
				csv.join("unit", "unit", "ma_xa"), csv.join("dis", "disaggregation", "phan_to"),
				csv.join("n1", "number", "tu_so"), csv.join("n2", "number", "mau_so"),
				csv.join("n3", "number", "gia_tri"));
		// The parsing waits for the load's turn (see StagedDelivery).
		return Optional.of(new StagedDelivery("bulk", csv.rawText(), s -> {
			StagedDelivery.createTables(s);
			// The streaming reader's checks, in its order; the messages only for the
			// rejects. The rows are in the shape of stg_fact, which they become.
			DeliveryLoader.timed(s, "stg_parsed", """
					create or replace temp table stg_parsed as
					select r.rowid + 1 as record_no, r.rowid + 1 as line, unit.result as unit_key,
					       %d as school_year, ind.result as indicator_code, dis.result as disaggregation_code,
					       case when ind.extra = 'ratio' then n1.amount end as numerator,
					       case when ind.extra = 'ratio' then n2.amount end as denominator,
					       case when ind.extra <> 'ratio' then n3.amount end as value,
					       case when ind.extra = 'ratio' then n3.amount end as stated,
					       ind.extra as kind,
					       case
					         when not %s then 'wrong_shape'
					         when ind.result is null then 'unknown_indicator'
					         when yr.reason is not null then yr.reason
					         when unit.result is null then 'unknown_unit'
					         when dis.result is null then 'unknown_disaggregation'
					         when ind.extra = 'ratio' then
					           case when n1.reason is not null or n2.reason is not null or n3.reason is not null
					                  then 'unparseable_number'
					                when n1.amount is null or n2.amount is null then 'missing_value' end
					         when n3.reason is not null then 'unparseable_number'
					         when n3.amount is null then 'missing_value'
					       end as reason_code
					from stg_row r
					%s
					where r.rowid > 0""".formatted(delivery.schoolYear().startYear(), csv.wellShaped(), joins));
			boolean rejects = DeliveryLoader.timedIf(s,
					"select count(*) > 0 from stg_parsed where reason_code is not null", "parse rejects",
					"""
							insert into stg_reject
							select p.record_no, p.record_no,
							       case when reason_code not in ('wrong_shape', 'unknown_indicator') then p.indicator_code end,
							       reason_code,
							       case reason_code
							         when 'wrong_shape' then %s || ' fields, the header has %d'
							         when 'unknown_indicator' then ind.problem
							         when 'unknown_unit' then unit.problem
							         when 'unknown_disaggregation' then dis.problem
							         when 'unparseable_number' then
							           case when kind = 'ratio'
							                then coalesce('tu_so: ' || n1.problem, 'mau_so: ' || n2.problem, 'gia_tri: ' || n3.problem)
							                else 'gia_tri: ' || n3.problem end
							         when 'missing_value' then
							           case when kind = 'ratio' then 'a rate needs tu_so and mau_so' else 'a ' || kind || ' needs gia_tri' end
							         else yr.problem
							       end
							from stg_parsed p
							join stg_row r on r.rowid = p.record_no - 1
							%s
							where p.reason_code is not null"""
						.formatted(csv.fieldCount(), csv.width(), joins));
			if (rejects) {
				s.execute("delete from stg_parsed where reason_code is not null");
			}
			StagedDelivery.becomeFacts(s, "stg_parsed", "kind", "reason_code");
			long dups = System.nanoTime();
			StagedDelivery.refuseDuplicateFacts(s);
			log.debug("duplicates in {} ms", (System.nanoTime() - dups) / 1_000_000);
		}));
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
