package vn.edu2030.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.edu2030.common.BulkInsert;
import vn.edu2030.common.CsvReader;
import vn.edu2030.common.SchoolYear;
import vn.edu2030.ingest.DeliveryScanner;

/**
 * The bulk reader's side of a CSV delivery: DuckDB's {@code read_csv} takes the file one
 * line per row into {@code stg_row (raw, f)} ({@code f}: the fields split at the
 * delimiter), and the feed's SQL does the rest.
 * <p>
 * It takes only plain files: UTF-8, no quote character, no carriage return but in line
 * ends, no blank first line, and exactly one row per line break (so that row {@code n} of
 * the table is line {@code n + 1} of the file). Anything else goes to the streaming
 * reader, which handles every case and names the line of any problem.
 * <p>
 * Each distinct text of a column (an indicator, a unit code, a school year, a number, …)
 * is resolved once by the same Java code as the streaming reader uses, into
 * {@code stg_map}; the SQL joins it, so both readers give the same results. A delivery
 * repeats the same few thousand texts, so this is cheap, and no number is parsed twice.
 * <p>
 * {@code stg_map} stays on the connection for the whole ingest, its maps named by the
 * feed ({@code former-quang-ngai:unit}): the next delivery of the feed read on the same
 * connection sends only the texts the map does not hold yet to Java. A delivery of former
 * Quảng Ngãi repeats most of the one before: its communes, indicators and most numbers.
 */
final class BulkCsv {

	private static final Logger log = LoggerFactory.getLogger(BulkCsv.class);

	private final Connection connection;

	/** The feed: what the maps are named by. */
	private final String scope;

	/**
	 * Maps whose resolution depends on the delivery as well as the text, by the name they
	 * are stored under (the school year map: on the delivery's year).
	 */
	private final Map<String, String> qualified = new HashMap<>();

	private final Map<String, Integer> columns;

	private final int width;

	private final int declared;

	private final char delimiter;

	/**
	 * Columns read beyond the header's. A line with one extra field is still read in bulk
	 * (its wrong shape and field count are known); a field in the last spare column means
	 * more fields than can be counted, and the streaming reader takes the file. Every
	 * spare column costs reading time on every line.
	 */
	private static final int SPARE = 2;

	private final BulkInsert map;

	private BulkCsv(Connection connection, String scope, Path folder, Map<String, Integer> columns, int declared,
			char delimiter) throws SQLException {
		this.connection = connection;
		this.scope = scope;
		this.columns = columns;
		this.width = columns.size();
		this.declared = declared;
		this.delimiter = delimiter;
		try (Statement s = connection.createStatement()) {
			s.execute("""
					create temp table if not exists stg_map (map varchar, text varchar, result varchar, extra varchar,
					    reason varchar, problem varchar, amount double)""");
		}
		this.map = new BulkInsert(connection, "stg_map", folder);
	}

	/**
	 * Reads the file into {@code stg_row}; empty (and why, in the log) when it is not
	 * plain enough for the bulk reader. A missing column refuses the delivery.
	 * @param scope the feed, whose deliveries share the maps of the connection
	 */
	static Optional<BulkCsv> open(Connection c, String scope, Path csv, String fileName,
			DeliveryScanner.Content content, char delimiter, List<String> required, Path folder)
			throws SQLException, IOException {
		long started = System.nanoTime();
		if (!content.plainText()) {
			log.info("{}: the streaming reader takes it (quotes or carriage returns)", fileName);
			return Optional.empty();
		}
		String header;
		try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(csv),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
			header = in.readLine();
		}
		catch (CharacterCodingException ex) {
			header = null;
		}
		if (header != null && header.startsWith("\uFEFF")) {
			header = header.substring(1);
		}
		if (header == null || header.isEmpty()) {
			log.info("{}: the streaming reader takes it (no header on the first line)", fileName);
			return Optional.empty();
		}
		String[] names = header.split(Pattern.quote(String.valueOf(delimiter)), -1);
		Map<String, Integer> columns = CsvFeedSupport.columns(new CsvReader.Row(names, 1, header), required, fileName);
		if (columns.size() != names.length) {
			log.info("{}: the streaming reader takes it (a column named twice)", fileName);
			return Optional.empty();
		}
		// SPARE extra columns: DuckDB pads missing fields with NULL (empty fields stay
		// '')
		// but would cut off fields beyond the last column.
		int declared = names.length + SPARE;
		StringBuilder spec = new StringBuilder();
		for (int i = 1; i <= declared; i++) {
			spec.append(i == 1 ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
		}
		try (Statement s = c.createStatement()) {
			try {
				s.execute("create or replace temp table stg_row as select * from read_csv("
						+ DeliveryLoader.literal(csv.toAbsolutePath().toString()) + ", columns = {" + spec
						+ "}, header = false, delim = " + DeliveryLoader.literal(String.valueOf(delimiter))
						+ ", quote = '', escape = '', nullstr = '\\x02', auto_detect = false, skip = 0, "
						+ "strict_mode = false, null_padding = true, ignore_errors = false)");
			}
			catch (SQLException ex) {
				log.info("{}: the streaming reader takes it ({})", fileName,
						ex.getMessage().lines().findFirst().orElse(""));
				return Optional.empty();
			}
			try (ResultSet rs = s.executeQuery("select count(*), count(c" + declared + ") from stg_row")) {
				rs.next();
				String why = rs.getLong(1) != content.lineFeeds()
						? rs.getLong(1) + " rows for " + content.lineFeeds() + " lines (blank lines?)"
						: rs.getLong(2) > 0 ? "lines with more than " + (declared - 1) + " fields" : null;
				if (why != null) {
					log.info("{}: the streaming reader takes it ({})", fileName, why);
					return Optional.empty();
				}
			}
		}
		log.debug("{}: lines read and checked in {} ms", fileName, (System.nanoTime() - started) / 1_000_000);
		return Optional.of(new BulkCsv(c, scope, folder, columns, declared, delimiter));
	}

	/**
	 * The text of each line, {@code record_no, raw}: its fields joined again (exact, as
	 * the file has no quotes).
	 */
	String rawText() {
		return "select rowid + 1 as record_no, concat_ws(" + DeliveryLoader.literal(String.valueOf(delimiter)) + ", "
				+ fieldList() + ") as raw from stg_row";
	}

	/**
	 * How many fields a line has (a slow expression: for the wrong-shaped lines only).
	 */
	String fieldCount() {
		return "len(list_filter([" + fieldList() + "], lambda x: x is not null))";
	}

	/** True for a line with exactly the header's number of fields. */
	String wellShaped() {
		return "(c" + width + " is not null and c" + (width + 1) + " is null)";
	}

	private String fieldList() {
		StringBuilder b = new StringBuilder();
		for (int i = 1; i <= declared; i++) {
			b.append(i == 1 ? "" : ", ").append('c').append(i);
		}
		return b.toString();
	}

	/** The SQL of a column's field in {@code stg_row}. */
	String field(String column) {
		return "c" + (columns.get(column) + 1);
	}

	/** Fields per line the header has. */
	int width() {
		return width;
	}

	/** What the Java code made of one distinct text. */
	record Resolved(String result, String extra, String reason, String problem, Double amount) {

		static Resolved of(String result) {
			return new Resolved(result, null, null, null, null);
		}

		static Resolved problem(String reason, String problem) {
			return new Resolved(null, null, reason, problem, null);
		}

		/** A number, or the reason it is not one. */
		static Resolved number(String text, NumberFormat format) {
			try {
				return new Resolved(null, null, null, null, format.parse(text));
			}
			catch (NumberParser.BadNumber ex) {
				return problem("unparseable_number", ex.getMessage());
			}
		}

	}

	/** How a feed writes its numbers ({@link NumberParser#vietnamese}, …). */
	@FunctionalInterface
	interface NumberFormat {

		double parse(String text) throws NumberParser.BadNumber;

	}

	/** A map to resolve: the distinct texts not in it yet, and how to resolve each. */
	private record Request(String name, String stored, String texts, Function<String, Resolved> resolver) {

	}

	private final List<Request> requests = new ArrayList<>();

	/**
	 * Resolves each distinct value of an SQL expression over the well-shaped data rows
	 * into {@code stg_map} under the given name, but those the map holds already (by
	 * {@link #loadMap}, which runs every request in one query).
	 * <p>
	 * The resolver must give the same for the same text in every delivery of the feed: a
	 * map is kept for the next delivery read on the connection. What depends on the
	 * delivery too is {@link #qualify qualified}.
	 */
	void resolve(String name, String expression, Function<String, Resolved> resolver) {
		requests.add(new Request(name, stored(name), "select distinct " + expression
				+ " from stg_row where rowid > 0 and " + wellShaped() + " and " + unknown(name, expression), resolver));
	}

	/**
	 * Resolves each distinct value of several columns into one map under the given name,
	 * but those the map holds already.
	 */
	void resolveColumns(String name, List<String> columnNames, Function<String, Resolved> resolver) {
		requests.add(new Request(name, stored(name),
				String.join(" union ",
						columnNames.stream()
							.map(column -> "select " + field(column) + " from stg_row where rowid > 0 and "
									+ wellShaped() + " and " + unknown(name, field(column)))
							.toList()),
				resolver));
	}

	/** SQL: the text is not in the map yet. */
	private String unknown(String name, String expression) {
		return "not exists (select 1 from stg_map m where m.map = " + DeliveryLoader.literal(stored(name))
				+ " and m.text = " + expression + ")";
	}

	/**
	 * Keeps a map apart for each value of what its resolution depends on beyond the text
	 * and the feed.
	 */
	private void qualify(String name, String on) {
		qualified.put(name, scope + ":" + name + ":" + on);
	}

	/** The name a map is stored under in {@code stg_map}. */
	private String stored(String name) {
		return qualified.getOrDefault(name, scope + ":" + name);
	}

	/**
	 * The maps every feed has, named {@code indicator} (result: the code, extra: its
	 * kind), {@code year} (a problem when the text is not the delivery's school year),
	 * {@code unit} and {@code disaggregation}, from the given columns.
	 */
	void resolveCommon(ReferenceLookups lookups, SchoolYear expected, String indicatorColumn, String yearColumn,
			String unitColumn, Function<String, ReferenceLookups.Match> unit, String disaggregationColumn) {
		resolve("indicator", field(indicatorColumn), text -> {
			String code = lookups.indicator(text);
			return code != null ? new Resolved(code, lookups.kind(code), null, null, null)
					: Resolved.problem("unknown_indicator", ReferenceLookups.unknownIndicator(text));
		});
		SchoolYearCheck schoolYears = new SchoolYearCheck(expected);
		qualify("year", expected.toString());
		resolve("year", field(yearColumn), text -> {
			String[] problem = schoolYears.problem(text);
			return problem == null ? Resolved.of(null) : Resolved.problem(problem[0], problem[1]);
		});
		resolve("unit", field(unitColumn), text -> {
			ReferenceLookups.Match match = unit.apply(text);
			return match.unitKey() != null ? Resolved.of(match.unitKey())
					: Resolved.problem("unknown_unit", match.problem());
		});
		resolve("disaggregation", field(disaggregationColumn), text -> {
			String code = lookups.disaggregation(text);
			return code != null ? Resolved.of(code)
					: Resolved.problem("unknown_disaggregation", ReferenceLookups.unknownDisaggregation(text));
		});
	}

	private void nullable(String value) {
		if (value == null) {
			map.appendNull();
		}
		else {
			map.append(value);
		}
	}

	/**
	 * Resolves the texts the requests give, in one query, and loads them into
	 * {@code stg_map}.
	 */
	void loadMap() throws SQLException {
		long started = System.nanoTime();
		StringBuilder query = new StringBuilder();
		for (int k = 0; k < requests.size(); k++) {
			query.append(k == 0 ? "" : " union all ")
				.append("select ")
				.append(k)
				.append(", t from (")
				.append(requests.get(k).texts())
				.append(") q")
				.append(k)
				.append("(t)");
		}
		List<Integer> keys = new ArrayList<>();
		List<String> found = new ArrayList<>();
		int[] texts = new int[requests.size()];
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query.toString())) {
			while (rs.next()) {
				String text = rs.getString(2);
				if (text != null) {
					keys.add(rs.getInt(1));
					found.add(text);
					texts[rs.getInt(1)]++;
				}
			}
		}
		// On both cores: a merged-province delivery has tens of thousands of school names
		// to clean and fold (the resolvers are safe to share).
		Resolved[] resolved = IntStream.range(0, found.size())
			.parallel()
			.mapToObj(i -> requests.get(keys.get(i)).resolver().apply(found.get(i)))
			.toArray(Resolved[]::new);
		for (int i = 0; i < resolved.length; i++) {
			Resolved r = resolved[i];
			map.beginRow().append(requests.get(keys.get(i)).stored()).append(found.get(i));
			nullable(r.result());
			nullable(r.extra());
			nullable(r.reason());
			nullable(r.problem());
			if (r.amount() == null) {
				map.appendNull();
			}
			else {
				map.append(r.amount());
			}
			map.endRow();
		}
		long loading = System.nanoTime();
		long rows = map.load();
		StringBuilder counts = new StringBuilder();
		for (int k = 0; k < requests.size(); k++) {
			counts.append(k == 0 ? "" : ", ").append(requests.get(k).name()).append(' ').append(texts[k]);
		}
		log.debug("new texts resolved ({}) in {} ms, {} map entries loaded in {} ms", counts,
				(loading - started) / 1_000_000, rows, (System.nanoTime() - loading) / 1_000_000);
		requests.clear();
		try {
			map.close();
		}
		catch (IOException ex) {
			throw new SQLException("cannot remove a staging file: " + ex.getMessage(), ex);
		}
	}

	/**
	 * SQL joining a map to a column of {@code stg_row r}: {@code left join (map) alias on
	 * alias.text = r.cN}.
	 */
	String join(String alias, String mapName, String column) {
		return "left join " + map(mapName) + " " + alias + " on " + alias + ".text = r." + field(column);
	}

	/**
	 * The entries of one map, to join:
	 * {@code (text, result, extra, reason, problem, amount)}.
	 */
	String map(String name) {
		return "(select text, result, extra, reason, problem, amount from stg_map where map = "
				+ DeliveryLoader.literal(stored(name)) + ")";
	}

}
