package vn.edu2030.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import vn.edu2030.ingest.DeliveryScanner;

/**
 * What the scorecard shows, read from the warehouse in a few queries: the units with
 * targets, one {@link Row} per unit × target ({@code v_progress_2030} with the
 * regression's fitted slope from {@code fct_projection}), the history of every such
 * series ({@code v_indicator_value}), how the new communes were formed, the target issues
 * and the delivery files ({@code etl_file}).
 */
public record ReportData(Unit province, List<Unit> units, Map<String, List<Row>> rowsByUnit,
		Map<String, List<Part>> partsByUnit, Map<String, List<String>> issuesViByTarget,
		Map<String, List<String>> issuesEnByTarget, Map<String, String[]> documentTitles, List<SourceFile> files,
		String lastLoad) {

	/** A unit with a page. */
	public record Unit(String key, String type, String code, String nameVi, String shortNameVi) {

		/** The page's file name: {@code index.html} for the province, else key.html. */
		public String page() {
			return this.type.equals("new_province") ? "index.html" : this.key + ".html";
		}

	}

	/** One observed year of a series. */
	public record Point(int year, double value, String comparability) {

	}

	/**
	 * A unit this unit is made of (former communes of a new commune with their weight),
	 * or that covers it (new units covering a former district, with the share from it).
	 */
	public record Part(String key, String nameVi, double share, boolean hasPage) {

	}

	/**
	 * A delivery file in {@code etl_file}; sample = it is one of the bundled sample
	 * files.
	 */
	public record SourceFile(String feed, String fileName, String status, Integer schoolYear, boolean sample) {

	}

	/** One unit × target: a row of {@code v_progress_2030} and the series' history. */
	public record Row(String unitKey, String indicatorCode, String indicatorNameVi, String indicatorNameEn,
			String indicatorUnit, String indicatorKind, String disaggregationCode, String disaggregationNameVi,
			String disaggregationNameEn, String targetId, String documentId, String clause, String appliesAs,
			String comparator, double targetValue, int targetYear, int targetSchoolYear, Integer latestSchoolYear,
			Double latestValue, Double projectedValue, Double lower80, Double upper80, Double lower95, Double upper95,
			Double probability, Double fittedSlope, Integer firstYear, Integer lastYear, Status regressionStatus,
			String regressionStatusVi, Status growthStatus, Double growthRatio, Double requiredGrowth,
			Double actualGrowth, String growthBasis, String historyComparability, String regressionNote,
			String growthNote, List<Point> history) {

		public boolean isRate() {
			return "ratio".equals(this.indicatorKind);
		}

		public String indicatorName(Lang lang) {
			return (lang == Lang.VI) ? this.indicatorNameVi : this.indicatorNameEn;
		}

		public String disaggregationName(Lang lang) {
			return (lang == Lang.VI) ? this.disaggregationNameVi : this.disaggregationNameEn;
		}

		/** Indicator name, with the disaggregation unless it is "all". */
		public String title(Lang lang) {
			return this.disaggregationCode.equals("all") ? indicatorName(lang)
					: indicatorName(lang) + " — " + disaggregationName(lang);
		}

		/** Whether the regression left a trend to draw: a slope and a projected value. */
		public boolean hasTrend() {
			return this.fittedSlope != null && this.projectedValue != null && this.lastYear != null
					&& this.firstYear != null;
		}

		public boolean hasInterval80() {
			return this.lower80 != null && this.upper80 != null;
		}

		public boolean hasInterval95() {
			return this.lower95 != null && this.upper95 != null;
		}

	}

	public List<Row> rows(Unit unit) {
		return this.rowsByUnit.getOrDefault(unit.key(), List.of());
	}

	public long sampleFiles() {
		return this.files.stream().filter(SourceFile::sample).count();
	}

	/**
	 * True when every file that gave the warehouse its figures is one of the bundled
	 * (synthetic) sample files.
	 */
	public boolean isSample() {
		List<SourceFile> used = this.files.stream().filter(f -> !f.status().equals("refused")).toList();
		return !used.isEmpty() && used.stream().allMatch(SourceFile::sample);
	}

	private static final String ROWS = """
			select p.unit_key, p.indicator_code, p.indicator_name_vi, p.indicator_name_en, p.indicator_unit,
			       i.kind as indicator_kind, p.disaggregation_code, p.disaggregation_name_vi, p.disaggregation_name_en,
			       p.target_id, p.document_id, p.clause, p.applies_as, p.comparator, p.target_value, p.target_year,
			       p.target_school_year, p.latest_school_year, p.latest_value, p.projected_value, p.lower_80,
			       p.upper_80, p.lower_95, p.upper_95, p.probability_of_meeting, r.slope as fitted_slope,
			       r.first_year, r.last_year, p.regression_status, p.regression_status_vi, p.growth_ratio_status,
			       p.growth_ratio, p.required_growth, p.actual_growth, g.basis as growth_basis,
			       p.history_comparability, p.regression_note, p.growth_ratio_note
			from v_progress_2030 p
			join dim_indicator i on i.indicator_code = p.indicator_code
			left join fct_projection r on r.unit_key = p.unit_key and r.target_id = p.target_id
			     and r.method = 'regression'
			left join fct_projection g on g.unit_key = p.unit_key and g.target_id = p.target_id
			     and g.method = 'growth_ratio'
			order by p.unit_key, p.target_id""";

	private static final String HISTORY = """
			select v.unit_key, v.indicator_code, v.disaggregation_code, v.school_year, v.value, v.comparability
			from v_indicator_value v
			where v.value is not null
			  and exists (select 1 from v_target_applicable a join fct_target t using (target_id)
			              where a.unit_key = v.unit_key and t.indicator_code = v.indicator_code
			                and t.disaggregation_code = v.disaggregation_code)
			order by v.unit_key, v.indicator_code, v.disaggregation_code, v.school_year""";

	private static final String UNITS = """
			select u.unit_key, u.unit_type, u.unit_code, u.name_vi, u.short_name_vi
			from dim_unit u
			where u.unit_key in (select unit_key from v_target_applicable)""";

	private static final String FORMED_FROM = """
			select x.to_unit_key, x.from_unit_key, f.name_vi, x.weight
			from bridge_unit_crosswalk x join dim_unit f on f.unit_key = x.from_unit_key
			join dim_unit t on t.unit_key = x.to_unit_key
			where t.unit_type = 'commune'
			order by x.to_unit_key, f.name_vi""";

	private static final String COVERED_BY = """
			select c.area_unit_key, c.new_unit_key, c.new_unit_name_vi, c.share_from_area
			from v_former_area_new_units c
			where c.area_unit_key in (select unit_key from v_target_applicable)
			order by c.area_unit_key, c.new_unit_name_vi""";

	private static final String ISSUES = """
			select target_id, reason_vi, reason_en from v_target_issue order by target_id, issue_code""";

	private static final String DOCUMENTS = "select document_id, title_vi, coalesce(title_en, title_vi) from dim_source_document";

	private static final String FILES = """
			select feed, file_name, status, school_year, file_sha256 from etl_file order by feed, file_name""";

	private static final String LAST_LOAD = """
			select strftime(max(finished_at), '%Y-%m-%d %H:%M') from etl_load where status = 'completed'""";

	/**
	 * Reads everything the scorecard needs.
	 * @param connection a connection to the (published, read-only) warehouse
	 * @param incomingDir the folder of the bundled deliveries: a loaded file whose
	 * content is found there, when that folder's README.md declares its files synthetic,
	 * counts as sample data; may be null
	 */
	public static ReportData read(Connection connection, Path incomingDir) throws SQLException, IOException {
		Map<String, Unit> units = new LinkedHashMap<>();
		Unit province = null;
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(UNITS)) {
			while (rs.next()) {
				Unit u = new Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
				units.put(u.key(), u);
				if (u.type().equals("new_province")) {
					province = u;
				}
			}
		}
		if (province == null) {
			throw new SQLException("the warehouse has no target for the new province (is the reference data loaded?)");
		}
		Map<String, List<Point>> history = new HashMap<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(HISTORY)) {
			while (rs.next()) {
				String key = rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3);
				history.computeIfAbsent(key, k -> new ArrayList<>())
					.add(new Point(rs.getInt(4), rs.getDouble(5), rs.getString(6)));
			}
		}
		Map<String, List<Row>> rows = new HashMap<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(ROWS)) {
			while (rs.next()) {
				Row row = row(rs, history);
				rows.computeIfAbsent(row.unitKey(), k -> new ArrayList<>()).add(row);
			}
		}
		Map<String, List<Part>> parts = new HashMap<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(FORMED_FROM)) {
			while (rs.next()) {
				parts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new Part(rs.getString(2), rs.getString(3), rs.getDouble(4), false));
			}
		}
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(COVERED_BY)) {
			while (rs.next()) {
				parts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new Part(rs.getString(2), rs.getString(3), rs.getDouble(4),
							units.containsKey(rs.getString(2))));
			}
		}
		Map<String, List<String>> issuesVi = new HashMap<>();
		Map<String, List<String>> issuesEn = new HashMap<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(ISSUES)) {
			while (rs.next()) {
				issuesVi.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
				issuesEn.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(3));
			}
		}
		Map<String, String[]> documents = new HashMap<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(DOCUMENTS)) {
			while (rs.next()) {
				documents.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3) });
			}
		}
		Set<String> sampleHashes = sampleHashes(incomingDir);
		List<SourceFile> files = new ArrayList<>();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(FILES)) {
			while (rs.next()) {
				files.add(new SourceFile(rs.getString(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
						sampleHashes.contains(rs.getString(5).toLowerCase(Locale.ROOT))));
			}
		}
		String lastLoad;
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(LAST_LOAD)) {
			lastLoad = rs.next() ? rs.getString(1) : null;
		}
		return new ReportData(province, List.copyOf(units.values()), rows, parts, issuesVi, issuesEn, documents, files,
				lastLoad);
	}

	private static Row row(ResultSet rs, Map<String, List<Point>> history) throws SQLException {
		String unit = rs.getString("unit_key");
		String indicator = rs.getString("indicator_code");
		String disaggregation = rs.getString("disaggregation_code");
		return new Row(unit, indicator, rs.getString("indicator_name_vi"), rs.getString("indicator_name_en"),
				rs.getString("indicator_unit"), rs.getString("indicator_kind"), disaggregation,
				rs.getString("disaggregation_name_vi"), rs.getString("disaggregation_name_en"),
				rs.getString("target_id"), rs.getString("document_id"), rs.getString("clause"),
				rs.getString("applies_as"), rs.getString("comparator"), rs.getDouble("target_value"),
				rs.getInt("target_year"), rs.getInt("target_school_year"), integer(rs, "latest_school_year"),
				dbl(rs, "latest_value"), dbl(rs, "projected_value"), dbl(rs, "lower_80"), dbl(rs, "upper_80"),
				dbl(rs, "lower_95"), dbl(rs, "upper_95"), dbl(rs, "probability_of_meeting"), dbl(rs, "fitted_slope"),
				integer(rs, "first_year"), integer(rs, "last_year"), Status.of(rs.getString("regression_status")),
				rs.getString("regression_status_vi"), Status.of(rs.getString("growth_ratio_status")),
				dbl(rs, "growth_ratio"), dbl(rs, "required_growth"), dbl(rs, "actual_growth"),
				rs.getString("growth_basis"), rs.getString("history_comparability"), rs.getString("regression_note"),
				rs.getString("growth_ratio_note"),
				history.getOrDefault(unit + "|" + indicator + "|" + disaggregation, List.of()));
	}

	private static Double dbl(ResultSet rs, String column) throws SQLException {
		double v = rs.getDouble(column);
		return (rs.wasNull() || Double.isNaN(v) || Double.isInfinite(v)) ? null : v;
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int v = rs.getInt(column);
		return rs.wasNull() ? null : v;
	}

	/**
	 * SHA-256 of the files in the bundled deliveries folder when its README.md says they
	 * are synthetic; empty otherwise.
	 */
	static Set<String> sampleHashes(Path incomingDir) throws IOException {
		Set<String> hashes = new HashSet<>();
		if (incomingDir == null || !Files.isRegularFile(incomingDir.resolve("README.md"))) {
			return hashes;
		}
		String readme = Files.readString(incomingDir.resolve("README.md"));
		if (!readme.contains("SYNTHETIC")) {
			return hashes;
		}
		try (Stream<Path> files = Files.walk(incomingDir)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				if (!file.getFileName().toString().equals("README.md")) {
					hashes.add(DeliveryScanner.sha256(file));
				}
			}
		}
		return hashes;
	}

}
