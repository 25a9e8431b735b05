package vn.edu2030.ingest.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A delivery read into DuckDB temporary tables, ready to be checked and loaded:
 * <ul>
 * <li>{@code stg_fact}: one row per fact (unit × school year × indicator ×
 * disaggregation) with its numerator, denominator, value or stated rate, and the record
 * and line it came from;</li>
 * <li>{@code stg_reject}: the records (or the indicators of a record) refused while
 * reading, with reason code and message;</li>
 * <li>{@code stg_school}: the schools the delivery names, one row per school code.</li>
 * </ul>
 * Either reader of a feed fills them: the streaming reader through the staging files
 * ({@link #fromFiles}), or the bulk reader with SQL. The raw text of each record is
 * fetched only for the rejects.
 */
public final class StagedDelivery {

	/**
	 * The SQL that turns what was read into the staging tables, run when the delivery
	 * loads.
	 */
	@FunctionalInterface
	public interface Completion {

		void run(Statement s) throws SQLException;

	}

	private final String method;

	private final String rawText;

	private Completion completion;

	/**
	 * @param method how it was read, for the log
	 * @param rawText a query giving {@code record_no, raw} (the text of each record)
	 */
	public StagedDelivery(String method, String rawText) {
		this(method, rawText, null);
	}

	/**
	 * A delivery read but not yet in the staging tables: the completion fills them when
	 * the delivery loads. (The ingest reads the next delivery while one loads: the part
	 * that reads runs beside the load before, the completion in the load's turn, which
	 * evens out the two.)
	 */
	public StagedDelivery(String method, String rawText, Completion completion) {
		this.method = method;
		this.rawText = rawText;
		this.completion = completion;
	}

	/** Fills the staging tables if the reader left that to the load; once. */
	void complete(Connection c) throws SQLException {
		if (completion != null) {
			try (Statement s = c.createStatement()) {
				completion.run(s);
			}
			completion = null;
		}
	}

	public String method() {
		return method;
	}

	/** A query of {@code record_no, raw}: the text of each record. */
	public String rawText() {
		return rawText;
	}

	/** Creates the three staging tables, empty. */
	static void createTables(Statement s) throws SQLException {
		s.execute("""
				create or replace temp table stg_fact (record_no bigint, line bigint, unit_key varchar,
				    school_year integer, indicator_code varchar, disaggregation_code varchar, numerator double,
				    denominator double, value double, stated double)""");
		s.execute("""
				create or replace temp table stg_reject (record_no bigint, line bigint, indicator_code varchar,
				    reason_code varchar, message varchar)""");
		s.execute("""
				create or replace temp table stg_school (school_code varchar, school_name varchar, name_folded varchar,
				    commune_key varchar, school_level varchar, ownership varchar)""");
	}

	/**
	 * Makes a table in the shape of {@code stg_fact} (its columns, in its order, then the
	 * given extra ones) the delivery's {@code stg_fact}: renamed, its extra columns
	 * dropped, without copying a row.
	 */
	static void becomeFacts(Statement s, String table, String... extraColumns) throws SQLException {
		s.execute("drop table stg_fact");
		s.execute("alter table " + table + " rename to stg_fact");
		for (String column : extraColumns) {
			s.execute("alter table stg_fact drop column " + column);
		}
	}

	/** What the streaming reader wrote to the staging files of {@link Staging}. */
	static StagedDelivery fromFiles(Connection c, Path folder) throws SQLException {
		try (Statement s = c.createStatement()) {
			createTables(s);
			s.execute("create or replace temp table stg_component as select * from read_csv("
					+ path(folder, "components.csv")
					+ ", header = true, delim = ',', quote = '\"', escape = '\"', columns = {'record_no': 'BIGINT', "
					+ "'line': 'BIGINT', 'unit_key': 'VARCHAR', 'school_year': 'INTEGER', 'indicator_code': 'VARCHAR', "
					+ "'disaggregation_code': 'VARCHAR', 'component': 'VARCHAR', 'amount': 'DOUBLE'})");
			s.execute("insert into stg_reject select * from read_csv(" + path(folder, "rejects.csv")
					+ ", header = true, delim = ',', quote = '\"', escape = '\"', columns = {'record_no': 'BIGINT', "
					+ "'line': 'BIGINT', 'indicator_code': 'VARCHAR', 'reason_code': 'VARCHAR', 'message': 'VARCHAR'})");
			// A school named twice keeps its last record's description.
			s.execute("insert into stg_school select school_code, school_name, name_folded, commune_key, school_level, "
					+ "ownership from read_csv(" + path(folder, "schools.csv")
					+ ", header = true, delim = ',', quote = '\"', escape = '\"', columns = {'record_no': 'BIGINT', "
					+ "'school_code': 'VARCHAR', 'school_name': 'VARCHAR', 'name_folded': 'VARCHAR', "
					+ "'commune_key': 'VARCHAR', 'school_level': 'VARCHAR', 'ownership': 'VARCHAR'}) "
					+ "qualify row_number() over (partition by school_code order by record_no desc) = 1");
			factsFromComponents(s, "stg_component");
		}
		return new StagedDelivery("streamed", "select record_no, raw from read_csv(" + path(folder, "records.csv")
				+ ", header = true, delim = ',', quote = '\"', escape = '\"', columns = {'record_no': 'BIGINT', "
				+ "'line': 'BIGINT', 'location': 'VARCHAR', 'raw': 'VARCHAR'})");
	}

	/**
	 * Turns the fact components of {@code components} (a table or a subquery; one row per
	 * numerator, denominator, value or stated rate: {@code record_no, line, unit_key,
	 * school_year, indicator_code, disaggregation_code, component, amount}) into
	 * {@code stg_fact}. Components of an indicator the reader refused for that record are
	 * left out. The same component twice in one delivery leaves no way to tell which is
	 * right: the fact is refused, with the lines of every copy. The facts are written
	 * once, in {@code stg_fact_key}, which becomes {@code stg_fact}.
	 */
	static void factsFromComponents(Statement s, String components) throws SQLException {
		s.execute("""
				create or replace temp table stg_fact_key as
				with component as (
				  select c.*, r.record_no is not null as refused
				  from %s c
				  left join (select distinct record_no, indicator_code from stg_reject) r
				         on r.record_no = c.record_no and r.indicator_code = c.indicator_code
				)
				select min(record_no) filter (where not refused) as record_no,
				       min(line) filter (where not refused) as line,
				       unit_key, school_year, indicator_code, disaggregation_code,
				       sum(amount) filter (where component = 'numerator' and not refused) as numerator,
				       sum(amount) filter (where component = 'denominator' and not refused) as denominator,
				       sum(amount) filter (where component = 'value' and not refused) as value,
				       sum(amount) filter (where component = 'stated' and not refused) as stated,
				       greatest(count(*) filter (where component = 'numerator'),
				                count(*) filter (where component = 'denominator'),
				                count(*) filter (where component = 'value'),
				                count(*) filter (where component = 'stated')) > 1 as duplicated,
				       count(*) filter (where not refused) > 0 as usable
				from component
				group by unit_key, school_year, indicator_code, disaggregation_code""".formatted(components));
		long duplicated;
		long unusable;
		try (ResultSet rs = s.executeQuery(
				"select count(*) filter (where duplicated), count(*) filter (where not usable) from stg_fact_key")) {
			rs.next();
			duplicated = rs.getLong(1);
			unusable = rs.getLong(2);
		}
		if (duplicated > 0) {
			rejectDuplicates(s, components);
		}
		if (duplicated + unusable > 0) {
			s.execute("delete from stg_fact_key where duplicated or not usable");
		}
		becomeFacts(s, "stg_fact_key", "duplicated", "usable");
	}

	/**
	 * Facts of {@code stg_fact} delivered more than once: each copy is left out, and one
	 * reject names the lines of every copy (as {@link #factsFromComponents} does for the
	 * components).
	 */
	static void refuseDuplicateFacts(Statement s) throws SQLException {
		// Equal keys hash alike: no two rows with one hash, no duplicate (cheaper than
		// grouping the four texts; a collision only costs the exact grouping below).
		try (ResultSet rs = s.executeQuery("""
				select count(*) from (select hash(unit_key, school_year, indicator_code, disaggregation_code) as h
				                      from stg_fact group by h having count(*) > 1)""")) {
			rs.next();
			if (rs.getLong(1) == 0) {
				return;
			}
		}
		s.execute("""
				create or replace temp table stg_fact_key as
				select unit_key, school_year, indicator_code, disaggregation_code, true as duplicated
				from stg_fact group by unit_key, school_year, indicator_code, disaggregation_code
				having count(*) > 1""");
		try (ResultSet rs = s.executeQuery("select count(*) from stg_fact_key")) {
			rs.next();
			if (rs.getLong(1) == 0) {
				return;
			}
		}
		s.execute("""
				create or replace temp table stg_component as
				select f.record_no, f.line, f.unit_key, f.school_year, f.indicator_code, f.disaggregation_code,
				       c.component, c.amount
				from stg_fact f
				semi join stg_fact_key k on k.unit_key = f.unit_key and k.school_year = f.school_year
				     and k.indicator_code = f.indicator_code and k.disaggregation_code = f.disaggregation_code
				cross join lateral (select 'numerator' as component, f.numerator as amount
				                    union all select 'denominator', f.denominator
				                    union all select 'value', f.value
				                    union all select 'stated', f.stated) c
				where c.amount is not null""");
		rejectDuplicates(s, "stg_component");
		s.execute("""
				delete from stg_fact f where exists (select 1 from stg_fact_key k
				  where k.unit_key = f.unit_key and k.school_year = f.school_year
				    and k.indicator_code = f.indicator_code and k.disaggregation_code = f.disaggregation_code)""");
	}

	/**
	 * One reject per fact of {@code stg_fact_key} marked duplicated, naming the lines of
	 * each copy of its components ({@code components}, a table or a subquery).
	 */
	private static void rejectDuplicates(Statement s, String components) throws SQLException {
		s.execute(
				"""
						insert into stg_reject
						select min(record_no), min(line), indicator_code, 'duplicate_key',
						       string_agg(message, '; ' order by component)
						from (select c.unit_key, c.school_year, c.indicator_code, c.disaggregation_code, c.component,
						             min(c.record_no) as record_no, min(c.line) as line,
						             format('{} {} ({}, {}) appears on lines {}', c.unit_key, c.indicator_code,
						                    c.disaggregation_code, c.component, string_agg(c.line::varchar, ', ' order by c.line))
						               as message
						      from %s c
						      semi join (select * from stg_fact_key where duplicated) d
						           on d.unit_key = c.unit_key and d.school_year = c.school_year
						          and d.indicator_code = c.indicator_code and d.disaggregation_code = c.disaggregation_code
						      group by c.unit_key, c.school_year, c.indicator_code, c.disaggregation_code, c.component
						      having count(*) > 1)
						group by unit_key, school_year, indicator_code, disaggregation_code"""
					.formatted(components));
	}

	static String path(Path folder, String name) {
		return DeliveryLoader.literal(folder.resolve(name).toAbsolutePath().toString());
	}

}
