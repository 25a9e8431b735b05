package vn.edu2030.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.edu2030.common.CsvReader;
import vn.edu2030.common.SchoolYear;
import vn.edu2030.common.VietnameseText;
import vn.edu2030.ingest.Delivery;
import vn.edu2030.ingest.DeliveryScanner;
import vn.edu2030.ingest.FeedReader;

/**
 * Feed 3, the merged province from SY 2025-2026: one row per school × indicator component
 * (commune rows for population denominators), CSV or Parquet. A Parquet delivery is first
 * turned into CSV by DuckDB so that both formats go through the same checks; its rows are
 * numbered from 1.
 */
public final class MergedProvinceReader implements FeedReader {

	private static final Logger log = LoggerFactory.getLogger(MergedProvinceReader.class);

	static final List<String> COLUMNS = List.of("school_year", "commune_code", "school_code", "school_name",
			"school_level", "ownership", "indicator_code", "disaggregation", "component", "amount");

	/** The CSV a Parquet delivery is turned into, in the delivery's staging folder. */
	private static final String FROM_PARQUET = "delivery-from-parquet.csv";

	static final Set<String> COMPONENTS = Set.of("numerator", "denominator", "value");

	static final Set<String> LEVELS = Set.of("preschool", "primary", "lower_secondary", "primary_lower_secondary",
			"upper_secondary", "multi_level");

	@Override
	public void read(Delivery delivery, ReferenceLookups lookups, Staging staging) throws IOException {
		Path csvFile = delivery.path();
		boolean parquet = delivery.extension().equals("parquet");
		if (parquet) {
			csvFile = staging.file(FROM_PARQUET);
			// The bulk reader may have converted it already (and left it to this reader).
			if (!Files.exists(csvFile)) {
				parquetToCsv(delivery.path(), csvFile, delivery.fileName());
			}
		}
		else {
			CsvFeedSupport.requireCompleteLastLine(csvFile);
		}
		try (InputStream in = Files.newInputStream(csvFile);
				CsvReader csv = new CsvReader(in, ',', delivery.fileName())) {
			Map<String, Integer> col = CsvFeedSupport.columns(csv.next(), COLUMNS, delivery.fileName());
			int width = col.size();
			SchoolYearCheck schoolYears = new SchoolYearCheck(delivery.schoolYear());
			CsvReader.Row row;
			while ((row = csv.next()) != null) {
				long line = parquet ? row.line() - 1 : row.line();
				long record = staging.record(line, (parquet ? "row " : "line ") + line, row.raw());
				if (row.size() != width) {
					staging.reject(record, line, null, "wrong_shape", row.size() + " fields, the header has " + width);
					continue;
				}
				String indicator = lookups.indicator(row.get(col.get("indicator_code")));
				if (indicator == null) {
					staging.reject(record, line, null, "unknown_indicator",
							ReferenceLookups.unknownIndicator(row.get(col.get("indicator_code"))));
					continue;
				}
				if (!schoolYears.accepts(row.get(col.get("school_year")), staging, record, line, indicator)) {
					continue;
				}
				SchoolYear year = delivery.schoolYear();
				ReferenceLookups.Match commune = lookups.newCommuneByCode(row.get(col.get("commune_code")));
				if (commune.unitKey() == null) {
					staging.reject(record, line, indicator, "unknown_unit", commune.problem());
					continue;
				}
				String unitKey = commune.unitKey();
				String schoolCode = row.get(col.get("school_code")).strip();
				if (!schoolCode.isEmpty()) {
					String level = row.get(col.get("school_level")).strip();
					String ownership = row.get(col.get("ownership")).strip();
					if (!LEVELS.contains(level) || !(ownership.equals("public") || ownership.equals("private"))) {
						staging.reject(record, line, indicator, "unknown_school_type",
								"school level '" + level + "' / ownership '" + ownership + "' not recognised");
						continue;
					}
					unitKey = "school-" + schoolCode;
					staging.school(record, schoolCode, row.get(col.get("school_name")), commune.unitKey(), level,
							ownership);
				}
				String disaggregation = lookups.disaggregation(row.get(col.get("disaggregation")));
				if (disaggregation == null) {
					staging.reject(record, line, indicator, "unknown_disaggregation",
							ReferenceLookups.unknownDisaggregation(row.get(col.get("disaggregation"))));
					continue;
				}
				String component = row.get(col.get("component")).strip();
				if (!COMPONENTS.contains(component)) {
					staging.reject(record, line, indicator, "unknown_component",
							"component '" + component + "' is not numerator, denominator or value");
					continue;
				}
				try {
					double amount = NumberParser.plain(row.get(col.get("amount")));
					staging.component(record, line, unitKey, year.startYear(), indicator, disaggregation, component,
							amount);
				}
				catch (NumberParser.BadNumber ex) {
					staging.reject(record, line, indicator, "unparseable_number", "amount: " + ex.getMessage());
				}
			}
		}
		catch (CsvReader.CsvFormatException ex) {
			throw new DeliveryRefusedException(ex.getMessage(), ex);
		}
	}

	/**
	 * The bulk reader: the same checks in SQL over the whole file, names, codes and
	 * numbers resolved by the code above (each distinct text once).
	 */
	@Override
	public Optional<StagedDelivery> stage(Connection c, Delivery delivery, ReferenceLookups lookups, Path folder)
			throws IOException, SQLException {
		Path csvFile = delivery.path();
		DeliveryScanner.Content content = delivery.content();
		boolean parquet = delivery.extension().equals("parquet");
		if (parquet) {
			csvFile = folder.resolve(FROM_PARQUET);
			parquetToCsv(delivery.path(), csvFile, delivery.fileName());
			content = DeliveryScanner.read(csvFile);
		}
		else {
			CsvFeedSupport.requireCompleteLastLine(csvFile);
		}
		Optional<BulkCsv> opened = BulkCsv.open(c, delivery.feed().folder(), csvFile, delivery.fileName(), content, ',',
				COLUMNS, folder);
		if (opened.isEmpty()) {
			return Optional.empty();
		}
		BulkCsv csv = opened.get();
		csv.resolveCommon(lookups, delivery.schoolYear(), "indicator_code", "school_year", "commune_code",
				lookups::newCommuneByCode, "disaggregation");
		for (String column : List.of("school_code", "school_level", "ownership", "component")) {
			csv.resolve(column, csv.field(column), text -> BulkCsv.Resolved.of(text.strip()));
		}
		csv.resolve("school_name", csv.field("school_name"), text -> {
			String clean = VietnameseText.clean(text);
			return new BulkCsv.Resolved(clean, VietnameseText.fold(clean), null, null, null);
		});
		csv.resolve("number", csv.field("amount"), text -> BulkCsv.Resolved.number(text, NumberParser::plain));
		csv.loadMap();
		String joins = String.join("\n", csv.join("ind", "indicator", "indicator_code"),
				csv.join("yr", "year", "school_year"), csv.join("unit", "unit", "commune_code"),
				csv.join("code", "school_code", "school_code"), csv.join("lvl", "school_level", "school_level"),
				csv.join("own", "ownership", "ownership"), csv.join("dis", "disaggregation", "disaggregation"),
				csv.join("comp", "component", "component"), csv.join("num", "number", "amount"));
		String badSchoolType = "code.result <> '' and (lvl.result not in (%s) or own.result not in ('private', 'public'))"
			.formatted(String.join(", ", LEVELS.stream().sorted().map(DeliveryLoader::literal).toList()));
		String badComponent = "comp.result not in (%s)"
			.formatted(String.join(", ", COMPONENTS.stream().sorted().map(DeliveryLoader::literal).toList()));
		// The parsing waits for the load's turn (see StagedDelivery).
		return Optional.of(new StagedDelivery("bulk", csv.rawText(), s -> {
			StagedDelivery.createTables(s);
			// The streaming reader's checks, in its order; the messages only for the
			// rejects.
			DeliveryLoader.timed(s, "stg_parsed", """
					create or replace temp table stg_parsed as
					select r.rowid + 1 as record_no, ind.result as indicator_code, unit.result as commune_key,
					       code.result as school_code, lvl.result as school_level, own.result as ownership,
					       r.%s as school_name, dis.result as disaggregation_code, comp.result as component,
					       num.amount,
					       case
					         when not %s then 'wrong_shape'
					         when ind.result is null then 'unknown_indicator'
					         when yr.reason is not null then yr.reason
					         when unit.result is null then 'unknown_unit'
					         when %s then 'unknown_school_type'
					         when dis.result is null then 'unknown_disaggregation'
					         when %s then 'unknown_component'
					         when num.problem is not null then 'unparseable_number'
					       end as reason_code
					from stg_row r
					%s
					where r.rowid > 0""".formatted(csv.field("school_name"), csv.wellShaped(), badSchoolType,
					badComponent, joins));
			DeliveryLoader.timedIf(s, "select count(*) > 0 from stg_parsed where reason_code is not null",
					"parse rejects",
					"""
							insert into stg_reject
							select p.record_no, p.record_no - %d,
							       case when reason_code not in ('wrong_shape', 'unknown_indicator') then p.indicator_code end,
							       reason_code,
							       case reason_code
							         when 'wrong_shape' then %s || ' fields, the header has %d'
							         when 'unknown_indicator' then ind.problem
							         when 'unknown_unit' then unit.problem
							         when 'unknown_school_type'
							           then format('school level ''{}'' / ownership ''{}'' not recognised', lvl.result, own.result)
							         when 'unknown_disaggregation' then dis.problem
							         when 'unknown_component'
							           then format('component ''{}'' is not numerator, denominator or value', comp.result)
							         when 'unparseable_number' then 'amount: ' || num.problem
							         else yr.problem
							       end
							from stg_parsed p
							join stg_row r on r.rowid = p.record_no - 1
							%s
							where p.reason_code is not null"""
						.formatted(parquet ? 1 : 0, csv.fieldCount(), csv.width(), joins));
			// A school named twice keeps its last record's description; a record names
			// its
			// school once its type is known to be right, whatever its figure.
			DeliveryLoader.timed(s, "schools",
					"""
							insert into stg_school
							select school_code, nullif(name.result, ''), nullif(name.extra, ''), commune_key, school_level,
							       ownership
							from (select school_code, max_by(school_name, record_no) as school_name,
							             max_by(commune_key, record_no) as commune_key,
							             max_by(school_level, record_no) as school_level,
							             max_by(ownership, record_no) as ownership
							      from stg_parsed
							      where school_code <> ''
							        and (reason_code is null
							             or reason_code in ('unknown_disaggregation', 'unknown_component', 'unparseable_number'))
							      group by school_code) s
							left join %s name on name.text = s.school_name"""
						.formatted(csv.map("school_name")));
			long facts = System.nanoTime();
			StagedDelivery.factsFromComponents(s, """
					(select record_no, record_no - %d as line,
					        case when school_code <> '' then 'school-' || school_code else commune_key end as unit_key,
					        %d as school_year, indicator_code, disaggregation_code, component, amount
					 from stg_parsed where reason_code is null)""".formatted(parquet ? 1 : 0,
					delivery.schoolYear().startYear()));
			s.execute("drop table stg_parsed");
			log.debug("facts from components in {} ms", (System.nanoTime() - facts) / 1_000_000);
		}));
	}

	/**
	 * Writes a Parquet delivery as CSV. An empty text is written like a missing one (an
	 * empty field, where DuckDB would write {@code ""}): both readers read both as empty,
	 * and the file stays plain enough for the bulk reader.
	 */
	private static void parquetToCsv(Path parquet, Path csv, String fileName) throws IOException {
		String source = "read_parquet(" + DeliveryLoader.literal(parquet.toAbsolutePath().toString()) + ")";
		try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
			s.execute("SET memory_limit = '256MB'");
			List<String> columns = new ArrayList<>();
			try (ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
				while (rs.next()) {
					String name = "\"" + rs.getString(1).replace("\"", "\"\"") + "\"";
					columns.add(rs.getString(2).equals("VARCHAR") ? "nullif(" + name + ", '') AS " + name : name);
				}
			}
			s.execute("COPY (SELECT " + String.join(", ", columns) + " FROM " + source + ") TO "
					+ DeliveryLoader.literal(csv.toAbsolutePath().toString()) + " (FORMAT csv, HEADER true)");
		}
		catch (SQLException ex) {
			throw new DeliveryRefusedException(fileName + ": not a readable Parquet file: " + ex.getMessage(), ex);
		}
	}

}
