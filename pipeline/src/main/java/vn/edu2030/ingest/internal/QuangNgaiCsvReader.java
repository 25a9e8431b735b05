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
		Optional<BulkCsv> opened = BulkCsv.open(c, delivery.path(), delivery.fileName(), delivery.content(), ';',
				COLUMNS, folder);
		if (opened.isEmpty()) {
			return Optional.empty();
		}
		BulkCsv csv = opened.get();
		long resolving = System.nanoTime();
		SchoolYearCheck schoolYears = new SchoolYearCheck(delivery.schoolYear());
		csv.resolve("indicator", csv.field("chi_tieu"), text -> {
			String code = lookups.indicator(text);
			return code != null ? BulkCsv.Resolved.of(code)
					: BulkCsv.Resolved.problem("unknown_indicator", ReferenceLookups.unknownIndicator(text));
		});
		csv.resolve("year", csv.field("nam_hoc"), text -> {
			String[] problem = schoolYears.problem(text);
			return problem == null ? BulkCsv.Resolved.of(null) : BulkCsv.Resolved.problem(problem[0], problem[1]);
		});
		csv.resolve("unit", csv.field("ma_xa"), text -> {
			ReferenceLookups.Match unit = lookups.formerCommuneByCode(text);
			return unit.unitKey() != null ? BulkCsv.Resolved.of(unit.unitKey())
					: BulkCsv.Resolved.problem("unknown_unit", unit.problem());
		});
		csv.resolve("disaggregation", csv.field("phan_to"), text -> {
			String code = lookups.disaggregation(text);
			return code != null ? BulkCsv.Resolved.of(code)
					: BulkCsv.Resolved.problem("unknown_disaggregation", ReferenceLookups.unknownDisaggregation(text));
		});
		csv.resolveNumbers(NumberParser.VIETNAMESE_PATTERN, text -> {
			if (text.isBlank()) {
				return BulkCsv.Resolved.of(null);
			}
			try {
				return new BulkCsv.Resolved(null, null, null, null, NumberParser.vietnamese(text));
			}
			catch (NumberParser.BadNumber ex) {
				return BulkCsv.Resolved.problem("unparseable_number", ex.getMessage());
			}
		}, csv.field("tu_so"), csv.field("mau_so"), csv.field("gia_tri"));
		csv.loadMap();
		log.debug("names and numbers resolved in {} ms", (System.nanoTime() - resolving) / 1_000_000);
		String pattern = DeliveryLoader.literal(NumberParser.VIETNAMESE_PATTERN);
		try (Statement s = c.createStatement()) {
			StagedDelivery.createTables(s);
			DeliveryLoader.timed(s, "stg_parsed",
					"""
							create or replace temp table stg_parsed as
							with r as (
							  select rowid + 1 as record_no, *, %15$s as well_shaped,
							         %1$s as tu_so, %2$s as mau_so, %3$s as gia_tri,
							         %1$s = '' or regexp_full_match(%1$s, %10$s) as tu_so_plain,
							         %2$s = '' or regexp_full_match(%2$s, %10$s) as mau_so_plain,
							         %3$s = '' or regexp_full_match(%3$s, %10$s) as gia_tri_plain
							  from stg_row where rowid > 0
							), p as (
							  select r.record_no, r.well_shaped, case when not r.well_shaped then %16$s end as width, ind.result as indicator_code, ind.problem as indicator_problem,
							         yr.reason as year_reason, yr.problem as year_problem, unit.result as unit_key,
							         unit.problem as unit_problem, dis.result as disaggregation_code,
							         dis.problem as disaggregation_problem, k.kind,
							         case when tu_so_plain then nullif(replace(replace(tu_so, '.', ''), ',', '.'), '')::double
							              else n1.amount end as tu_so_value,
							         case when not tu_so_plain then n1.problem end as tu_so_problem,
							         case when mau_so_plain then nullif(replace(replace(mau_so, '.', ''), ',', '.'), '')::double
							              else n2.amount end as mau_so_value,
							         case when not mau_so_plain then n2.problem end as mau_so_problem,
							         case when gia_tri_plain then nullif(replace(replace(gia_tri, '.', ''), ',', '.'), '')::double
							              else n3.amount end as gia_tri_value,
							         case when not gia_tri_plain then n3.problem end as gia_tri_problem
							  from r
							  left join %4$s ind on ind.text = r.c%5$d
							  left join %6$s yr on yr.text = r.c%7$d
							  left join %8$s unit on unit.text = r.c%9$d
							  left join %11$s dis on dis.text = r.c%12$d
							  left join dim_indicator k on k.indicator_code = ind.result
							  left join %13$s n1 on n1.text = r.tu_so and not r.tu_so_plain
							  left join %13$s n2 on n2.text = r.mau_so and not r.mau_so_plain
							  left join %13$s n3 on n3.text = r.gia_tri and not r.gia_tri_plain
							)
							select *,
							  case
							    when not well_shaped then 'wrong_shape'
							    when indicator_code is null then 'unknown_indicator'
							    when year_reason is not null then year_reason
							    when unit_key is null then 'unknown_unit'
							    when disaggregation_code is null then 'unknown_disaggregation'
							    when kind = 'ratio' and coalesce(tu_so_problem, mau_so_problem, gia_tri_problem) is not null
							      then 'unparseable_number'
							    when kind = 'ratio' and (tu_so_value is null or mau_so_value is null) then 'missing_value'
							    when kind <> 'ratio' and gia_tri_problem is not null then 'unparseable_number'
							    when kind <> 'ratio' and gia_tri_value is null then 'missing_value'
							  end as reason_code,
							  case
							    when not well_shaped then width || ' fields, the header has %14$d'
							    when indicator_code is null then indicator_problem
							    when year_reason is not null then year_problem
							    when unit_key is null then unit_problem
							    when disaggregation_code is null then disaggregation_problem
							    when kind = 'ratio' and tu_so_problem is not null then 'tu_so: ' || tu_so_problem
							    when kind = 'ratio' and mau_so_problem is not null then 'mau_so: ' || mau_so_problem
							    when kind = 'ratio' and gia_tri_problem is not null then 'gia_tri: ' || gia_tri_problem
							    when kind = 'ratio' and (tu_so_value is null or mau_so_value is null)
							      then 'a rate needs tu_so and mau_so'
							    when kind <> 'ratio' and gia_tri_problem is not null then 'gia_tri: ' || gia_tri_problem
							    when kind <> 'ratio' and gia_tri_value is null then 'a ' || kind || ' needs gia_tri'
							  end as message
							from p"""
						.formatted(csv.field("tu_so"), csv.field("mau_so"), csv.field("gia_tri"),
								BulkCsv.map("indicator"), csv.index("chi_tieu"), BulkCsv.map("year"),
								csv.index("nam_hoc"), BulkCsv.map("unit"), csv.index("ma_xa"), pattern,
								BulkCsv.map("disaggregation"), csv.index("phan_to"), BulkCsv.map("number"), csv.width(),
								csv.wellShaped(), csv.fieldCount()));
			DeliveryLoader.timed(s, "parse rejects", """
					insert into stg_reject
					select record_no, record_no,
					       case when reason_code not in ('wrong_shape', 'unknown_indicator') then indicator_code end,
					       reason_code, message
					from stg_parsed where reason_code is not null""");
			s.execute(
					"""
							insert into stg_fact
							select record_no, record_no, unit_key, %d, indicator_code, disaggregation_code,
							       case when kind = 'ratio' then tu_so_value end, case when kind = 'ratio' then mau_so_value end,
							       case when kind <> 'ratio' then gia_tri_value end, case when kind = 'ratio' then gia_tri_value end
							from stg_parsed where reason_code is null"""
						.formatted(delivery.schoolYear().startYear()));
			s.execute("drop table stg_parsed");
			long dups = System.nanoTime();
			StagedDelivery.refuseDuplicateFacts(s);
			log.debug("duplicates in {} ms", (System.nanoTime() - dups) / 1_000_000);
		}
		return Optional.of(new StagedDelivery("bulk", csv.rawText()));
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
