package vn.edu2030.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.edu2030.common.Folders;
import vn.edu2030.ingest.Delivery;
import vn.edu2030.ingest.Feed;
import vn.edu2030.ingest.FeedReader;

/**
 * Loads one delivery: the feed's reader streams it into staging files, then one DuckDB
 * transaction checks every fact, registers the file, replaces the delivery it corrects,
 * and writes the facts, the schools it names and the rejects. Killed at any moment, the
 * warehouse holds the file either completely or not at all.
 */
public final class DeliveryLoader {

	private static final Logger log = LoggerFactory.getLogger(DeliveryLoader.class);

	/** What happened to one delivery. */
	public record Outcome(String fileName, String status, long factsLoaded, long rejected, String reason) {

	}

	/**
	 * The temporary tables of a delivery, dropped once it is loaded ({@code stg_map}
	 * stays for the next delivery: see {@link BulkCsv}).
	 */
	private static final List<String> STAGING_TABLES = List.of("stg_row", "stg_parsed", "stg_component", "stg_fact_key",
			"stg_fact", "stg_reject", "stg_school", "stg_checked");

	private final double maxRejectShare;

	public DeliveryLoader(double maxRejectShare) {
		this.maxRejectShare = maxRejectShare;
	}

	/**
	 * A delivery read into the staging tables of one connection (or refused while being
	 * read), waiting for {@link #finish}.
	 */
	public static final class Prepared {

		private final Connection connection;

		private final Delivery delivery;

		private final Path folder;

		private final StagedDelivery staged;

		private final String refusal;

		private Prepared(Connection connection, Delivery delivery, Path folder, StagedDelivery staged, String refusal) {
			this.connection = connection;
			this.delivery = delivery;
			this.folder = folder;
			this.staged = staged;
			this.refusal = refusal;
		}

	}

	/**
	 * Reads a delivery into the staging tables of the connection (temporary tables: the
	 * connection's own) without touching the warehouse, so that it can run while another
	 * connection loads the delivery before.
	 */
	public Prepared prepare(Connection c, Delivery delivery, FeedReader reader, ReferenceLookups lookups,
			Path stagingRoot) throws IOException, SQLException {
		// One folder per delivery: the next one is read while this one loads.
		Path folder = stagingRoot.resolve(delivery.fileName() + "-" + delivery.sha256().substring(0, 16));
		Folders.deleteTree(folder);
		long started = System.nanoTime();
		try {
			StagedDelivery staged = stage(c, delivery, reader, lookups, folder);
			log.info("{}: read ({}) in {} ms", delivery.fileName(), staged.method(),
					(System.nanoTime() - started) / 1_000_000);
			return new Prepared(c, delivery, folder, staged, null);
		}
		catch (FeedReader.DeliveryRefusedException ex) {
			return new Prepared(c, delivery, folder, null, ex.getMessage());
		}
		catch (IOException | SQLException | RuntimeException ex) {
			discard(new Prepared(c, delivery, folder, null, null));
			throw ex;
		}
	}

	/**
	 * Checks and loads a prepared delivery in one transaction of its connection, then
	 * drops its staging.
	 */
	public Outcome finish(Prepared p, long loadId) throws IOException, SQLException {
		Connection c = p.connection;
		try {
			c.setAutoCommit(false);
			try {
				long loading = System.nanoTime();
				if (p.staged != null) {
					p.staged.complete(c);
					log.debug("{}: staging completed in {} ms", p.delivery.fileName(),
							(System.nanoTime() - loading) / 1_000_000);
				}
				Outcome outcome = p.refusal != null ? refuse(c, p.delivery, loadId, p.refusal, 0, null)
						: checkAndLoad(c, p.delivery, p.staged, loadId);
				c.commit();
				log.info("{}: checked and loaded in {} ms", p.delivery.fileName(),
						(System.nanoTime() - loading) / 1_000_000);
				return outcome;
			}
			catch (SQLException | RuntimeException ex) {
				c.rollback();
				throw ex;
			}
			finally {
				c.setAutoCommit(true);
			}
		}
		finally {
			discard(p);
		}
	}

	/** Drops the staging of a prepared delivery that will not be loaded (or was). */
	public void discard(Prepared p) throws IOException, SQLException {
		try (Statement s = p.connection.createStatement()) {
			for (String table : STAGING_TABLES) {
				s.execute("drop table if exists " + table);
			}
		}
		finally {
			Folders.deleteTree(p.folder);
		}
	}

	/**
	 * The feed's bulk reader when the file suits it, else its streaming reader (the same
	 * results, slower).
	 */
	private static StagedDelivery stage(Connection c, Delivery delivery, FeedReader reader, ReferenceLookups lookups,
			Path folder) throws IOException, SQLException {
		Files.createDirectories(folder);
		Optional<StagedDelivery> bulk = reader.stage(c, delivery, lookups, folder);
		if (bulk.isPresent()) {
			return bulk.get();
		}
		try (Staging staging = new Staging(folder)) {
			reader.read(delivery, lookups, staging);
		}
		return StagedDelivery.fromFiles(c, folder);
	}

	/** Registers a delivery as refused without reading it (too large, …). */
	public Outcome refuseUnread(Connection c, Delivery delivery, long loadId, String reason) throws SQLException {
		c.setAutoCommit(false);
		try {
			Outcome outcome = refuse(c, delivery, loadId, delivery.fileName() + ": " + reason, 0, null);
			c.commit();
			return outcome;
		}
		catch (SQLException | RuntimeException ex) {
			c.rollback();
			throw ex;
		}
		finally {
			c.setAutoCommit(true);
		}
	}

	private Outcome checkAndLoad(Connection c, Delivery d, StagedDelivery staged, long loadId) throws SQLException {
		boolean wholeRates = d.feed() != Feed.QUANG_NGAI;
		String checked = """
				select f.*, i.kind, o.file_name as other_file, o.line as other_line,
				       case
				         when numerator < 0 or denominator < 0 or value < 0 then 'negative_value'
				         when kind = 'ratio' and value is not null then 'wrong_component'
				         when kind <> 'ratio' and (numerator is not null or denominator is not null) then 'wrong_component'
				         when kind = 'ratio' and %s and (numerator is null or denominator is null) then 'missing_value'
				         when kind = 'ratio' and numerator > denominator then 'numerator_above_denominator'
				         when kind = 'ratio' and denominator = 0 and numerator > 0 then 'zero_denominator'
				         when stated > 100 then 'rate_above_100'
				         when stated is not null and denominator > 0
				              and abs(stated - 100 * numerator / denominator) > 0.05 then 'value_mismatch'
				         when kind = 'level' and value not in (1, 2, 3) then 'level_out_of_range'
				         when kind = 'count' and value <> round(value) then 'not_a_whole_number'
				         when o.file_name is not null then 'already_delivered'
				       end as reason_code
				from stg_fact f
				join dim_indicator i using (indicator_code)
				left join (select v.unit_key, v.school_year, v.indicator_code, v.disaggregation_code, e.file_name,
				                  v.source_line as line
				           from fct_indicator_value v join etl_file e using (file_id)
				           where v.school_year = %3$d and (e.feed <> '%2$s' or e.school_year <> %3$d)) o
				  using (unit_key, school_year, indicator_code, disaggregation_code)"""
			.formatted(wholeRates, d.feed().folder(), d.schoolYear().startYear());
		long checkRejects;
		long facts;
		long counting = System.nanoTime();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(
						"select count(*) filter (where reason_code is not null), count(*) from (" + checked + ")")) {
			rs.next();
			checkRejects = rs.getLong(1);
			facts = rs.getLong(2);
		}
		log.debug("checks in {} ms", (System.nanoTime() - counting) / 1_000_000);
		// The facts to load: when every fact passed (the usual case), straight from
		// stg_fact, without writing the checked facts again.
		String passed = "(select f.*, i.kind from stg_fact f join dim_indicator i using (indicator_code))";
		if (checkRejects > 0) {
			try (Statement s = c.createStatement()) {
				timed(s, "stg_checked", "create or replace temp table stg_checked as " + checked);
				timed(s, "check rejects",
						"""
								insert into stg_reject
								select record_no, line, indicator_code, reason_code,
								       coalesce(case reason_code
								         when 'negative_value' then format('{} {}: negative figure {:g}', unit_key, indicator_code,
								              least(coalesce(numerator, 0), coalesce(denominator, 0), coalesce(value, 0)))
								         when 'wrong_component' then format('{} {}: a {} is delivered as {}', unit_key, indicator_code,
								              kind, case when kind = 'ratio' then 'numerator and denominator' else 'a value' end)
								         when 'missing_value' then format('{} {}: a rate needs its numerator and its denominator',
								              unit_key, indicator_code)
								         when 'numerator_above_denominator' then format('{} {} ({}): numerator {:g} is above denominator {:g} (rate above 100 %)',
								              unit_key, indicator_code, disaggregation_code, numerator, denominator)
								         when 'zero_denominator' then format('{} {}: numerator {:g} over a zero denominator',
								              unit_key, indicator_code, numerator)
								         when 'rate_above_100' then format('{} {}: rate {:g} % is above 100 %', unit_key, indicator_code, stated)
								         when 'value_mismatch' then format('{} {}: stated rate {:g} % but {:g} / {:g} = {:g} %', unit_key,
								              indicator_code, stated, numerator, denominator, round(100 * numerator / denominator, 2))
								         when 'level_out_of_range' then format('{} {}: level {:g} is not 1, 2 or 3', unit_key, indicator_code, value)
								         when 'not_a_whole_number' then format('{} {}: count {:g} is not a whole number', unit_key, indicator_code, value)
								         when 'already_delivered' then format('{} {} ({}) {} was already delivered by {} line {}',
								              unit_key, indicator_code, disaggregation_code, school_year, other_file, other_line)
								       end, reason_code || ' (' || unit_key || ' ' || indicator_code || ')')
								from stg_checked where reason_code is not null""");
			}
			passed = "(select * from stg_checked where reason_code is null)";
		}
		long rejected = single(c, "select count(*) from stg_reject");
		long good = facts - checkRejects;
		if (rejected > 0 && rejected > maxRejectShare * (rejected + good)) {
			String reason = String.format("%d of %d facts refused (%.1f %%), above the allowed %.1f %%; first: %s",
					rejected, rejected + good, 100.0 * rejected / (rejected + good), 100 * maxRejectShare,
					text(c, "select 'line ' || line || ': ' || message from stg_reject order by line limit 1"));
			return refuse(c, d, loadId, reason, rejected, staged);
		}

		long fileId = single(c, "select nextval('etl_file_seq')");
		String status = "loaded";
		Long supersededBy = null;
		try (PreparedStatement newer = c.prepareStatement("""
				select file_id, file_name, delivered_on from etl_file
				where feed = ? and school_year = ? and status = 'loaded'
				order by delivered_on desc""")) {
			newer.setString(1, d.feed().folder());
			newer.setInt(2, d.schoolYear().startYear());
			try (ResultSet rs = newer.executeQuery()) {
				while (rs.next()) {
					int cmp = rs.getDate(3).toLocalDate().compareTo(d.deliveredOn());
					if (cmp == 0) {
						return refuse(c, d, loadId,
								"delivered on the same date as " + rs.getString(2)
										+ " for the same feed and school year: which one is the correction? "
										+ "(give the correction a later date)",
								rejected, staged);
					}
					if (cmp > 0) {
						// A later delivery is already in: this older one is kept on
						// record only.
						status = "superseded";
						supersededBy = rs.getLong(1);
					}
				}
			}
		}
		long loaded = 0;
		if (status.equals("loaded")) {
			try (PreparedStatement older = c.prepareStatement("""
					update etl_file set status = 'superseded', superseded_by = ?
					where feed = ? and school_year = ? and status = 'loaded' and delivered_on < ?""");
					PreparedStatement deleteOlder = c.prepareStatement("""
							delete from fct_indicator_value where file_id in (
							  select file_id from etl_file where feed = ? and school_year = ? and status = 'loaded'
							  and delivered_on < ?)""")) {
				deleteOlder.setString(1, d.feed().folder());
				deleteOlder.setInt(2, d.schoolYear().startYear());
				deleteOlder.setObject(3, d.deliveredOn());
				int replaced = deleteOlder.executeUpdate();
				older.setLong(1, fileId);
				older.setString(2, d.feed().folder());
				older.setInt(3, d.schoolYear().startYear());
				older.setObject(4, d.deliveredOn());
				if (older.executeUpdate() > 0) {
					log.info("{} supersedes the earlier delivery of {} {} ({} facts replaced)", d.fileName(),
							d.feed().folder(), d.schoolYear(), replaced);
				}
			}
			try (Statement s = c.createStatement()) {
				timed(s, "schools", """
						insert or replace into dim_unit (unit_key, unit_type, unit_code, admin_type_vi, name_vi,
						       short_name_vi, name_folded, parent_unit_key, province_unit_key, is_mountain, is_island,
						       attribute_basis, source, school_level, ownership)
						select 'school-' || s.school_code, 'school', s.school_code, 'trường', s.school_name,
						       s.school_name, s.name_folded, s.commune_key, c.province_unit_key, c.is_mountain,
						       c.is_island, 'attributes of its commune', %s, s.school_level, s.ownership
						from stg_school s
						join dim_unit c on c.unit_key = s.commune_key""".formatted(literal(d.fileName())));
				long inserting = System.nanoTime();
				loaded = s.executeUpdate(
						"""
								insert into fct_indicator_value
								select unit_key, school_year, indicator_code, disaggregation_code, numerator, denominator,
								       case when kind = 'ratio' then case when denominator > 0 then 100 * numerator / denominator end
								            else value end,
								       'native', %s, %d, line, %d
								from %s"""
							.formatted(literal(d.feed().folder()), fileId, loadId, passed));
				log.debug("fact insert in {} ms", (System.nanoTime() - inserting) / 1_000_000);
			}
		}
		insertFile(c, fileId, d, status, rejected + good, loaded, rejected, null, supersededBy, loadId);
		insertRejects(c, fileId, staged, loadId, rejected);
		return new Outcome(d.fileName(), status, loaded, rejected, null);
	}

	private Outcome refuse(Connection c, Delivery d, long loadId, String reason, long rejected, StagedDelivery staged)
			throws SQLException {
		long fileId = single(c, "select nextval('etl_file_seq')");
		insertFile(c, fileId, d, "refused", null, 0L, rejected, reason, null, loadId);
		if (staged != null) {
			insertRejects(c, fileId, staged, loadId, rejected);
		}
		log.warn("{} refused: {}", d.fileName(), reason);
		return new Outcome(d.fileName(), "refused", 0, rejected, reason);
	}

	private static void insertFile(Connection c, long fileId, Delivery d, String status, Long read, Long loaded,
			long rejected, String reason, Long supersededBy, long loadId) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(
				"""
						insert into etl_file (file_id, feed, file_name, file_sha256, size_bytes, school_year, delivered_on,
						       status, rows_read, rows_loaded, rows_rejected, refused_reason, superseded_by, load_id, registered_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp)""")) {
			p.setLong(1, fileId);
			p.setString(2, d.feed().folder());
			p.setString(3, d.fileName());
			p.setString(4, d.sha256());
			p.setLong(5, d.sizeBytes());
			p.setInt(6, d.schoolYear().startYear());
			p.setObject(7, d.deliveredOn());
			p.setString(8, status);
			p.setObject(9, read);
			p.setObject(10, loaded);
			p.setLong(11, rejected);
			p.setString(12, reason);
			p.setObject(13, supersededBy);
			p.setLong(14, loadId);
			p.executeUpdate();
		}
	}

	private static void insertRejects(Connection c, long fileId, StagedDelivery staged, long loadId, long rejected)
			throws SQLException {
		if (rejected == 0) {
			return;
		}
		try (Statement s = c.createStatement()) {
			s.execute("""
					insert into etl_rejected_row
					select %d, r.line, r.reason_code, r.message, rec.raw, %d
					from stg_reject r
					left join (select * from (%s) where record_no in (select record_no from stg_reject)) rec
					       using (record_no)
					order by r.line""".formatted(fileId, loadId, staged.rawText()));
		}
	}

	/** Runs one statement, logging its duration at debug level. */
	static void timed(Statement s, String label, String sql) throws SQLException {
		long start = System.nanoTime();
		s.execute(sql);
		log.debug("{} in {} ms", label, (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * Runs a statement only when the condition query says true (to skip a costly
	 * statement with nothing to do), logging its duration at debug level; true if it ran.
	 */
	static boolean timedIf(Statement s, String condition, String label, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(condition)) {
			rs.next();
			if (!rs.getBoolean(1)) {
				return false;
			}
		}
		timed(s, label, sql);
		return true;
	}

	private static long single(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String text(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
