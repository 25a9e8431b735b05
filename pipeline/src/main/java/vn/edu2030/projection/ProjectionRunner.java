package vn.edu2030.projection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import vn.edu2030.common.BulkInsert;
import vn.edu2030.projection.math.Direction;
import vn.edu2030.projection.math.GrowthRatioAssessment;
import vn.edu2030.projection.math.IndicatorKind;
import vn.edu2030.projection.math.Observation;
import vn.edu2030.projection.math.PredictionInterval;
import vn.edu2030.projection.math.ProjectionOptions;
import vn.edu2030.projection.math.Projections;
import vn.edu2030.projection.math.RegressionProjection;
import vn.edu2030.projection.math.Series;
import vn.edu2030.projection.math.Target;

/**
 * Projects every series that has a target applying to it ({@code v_target_applicable})
 * with the three methods of {@code fct_projection} and replaces that table in the
 * caller's transaction. The series are read in one query (years and values as lists), the
 * results written with DuckDB's Appender.
 */
public final class ProjectionRunner {

	/** Counts of what was written, for the job summary. */
	public record Result(long series, long rows, long insufficient) {

	}

	/**
	 * One row per series with its observations packed as text ("year:value;…", in year
	 * order): far fewer rows through JDBC than one per observation, and no JDBC arrays.
	 */
	private static final String SERIES = """
			select a.unit_key, t.target_id, t.indicator_code, t.disaggregation_code, t.comparator, t.target_value,
			       t.target_school_year, i.kind, i.direction,
			       string_agg(v.school_year || ':' || v.value, ';' order by v.school_year) as observations,
			       coalesce(max(case v.comparability when 'rebased' then 1 when 'apportioned' then 2 else 0 end), 0)
			         as comparability_rank
			from v_target_applicable a
			join fct_target t using (target_id)
			join dim_indicator i on i.indicator_code = t.indicator_code
			left join v_indicator_value v on v.unit_key = a.unit_key and v.indicator_code = t.indicator_code
			     and v.disaggregation_code = t.disaggregation_code and v.school_year <= t.target_school_year
			     and v.value is not null
			group by all""";

	private static final String[] COMPARABILITY = { "native", "rebased", "apportioned" };

	private final ProjectionOptions options;

	public ProjectionRunner(ProjectionOptions options) {
		this.options = options;
	}

	public Result run(Connection connection, long loadId, java.nio.file.Path staging) throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.execute("delete from fct_projection");
		}
		long series = 0;
		long rows = 0;
		long insufficient = 0;
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery(SERIES);
				BulkInsert out = new BulkInsert(connection, "fct_projection", staging)) {
			while (rs.next()) {
				Row row = new Row(rs);
				series++;
				Series input = row.series();
				RegressionProjection ols = Projections.regression(input, options.withRecencyWeighting(false));
				RegressionProjection weighted = Projections.regression(input, options.withRecencyWeighting(true));
				GrowthRatioAssessment growth = Projections.growthRatio(input, options);
				try {
					appendRegression(out, row, "regression", ols, loadId);
					appendRegression(out, row, "regression_weighted", weighted, loadId);
					appendGrowth(out, row, growth, loadId);
				}
				catch (SQLException ex) {
					throw new SQLException("cannot write the projections of " + row.unitKey + " " + row.targetId + ": "
							+ ex.getMessage(), ex);
				}
				rows += 3;
				if (ols.status().name().equals("INSUFFICIENT_DATA")) {
					insufficient++;
				}
			}
			long loaded = out.load();
			if (loaded != rows) {
				throw new SQLException("fct_projection received " + loaded + " of " + rows + " rows");
			}
		}
		catch (java.io.IOException ex) {
			throw new SQLException("cannot remove the staging file: " + ex.getMessage(), ex);
		}
		return new Result(series, rows, insufficient);
	}

	/** One series with its target, as read. */
	private static final class Row {

		final String unitKey;

		final String targetId;

		final String indicator;

		final String disaggregation;

		final String comparator;

		final double targetValue;

		final int targetYear;

		final IndicatorKind kind;

		final Direction direction;

		final List<Observation> observations = new ArrayList<>();

		final int comparabilityRank;

		Row(ResultSet rs) throws SQLException {
			unitKey = rs.getString("unit_key");
			targetId = rs.getString("target_id");
			indicator = rs.getString("indicator_code");
			disaggregation = rs.getString("disaggregation_code");
			comparator = rs.getString("comparator");
			targetValue = rs.getDouble("target_value");
			targetYear = rs.getInt("target_school_year");
			kind = rs.getString("kind").equals("ratio") ? IndicatorKind.RATE : IndicatorKind.COUNT;
			direction = rs.getString("direction").equals("lower_is_better") ? Direction.LOWER_IS_BETTER
					: Direction.HIGHER_IS_BETTER;
			String packed = rs.getString("observations");
			if (packed != null) {
				for (String observation : packed.split(";")) {
					int colon = observation.indexOf(':');
					observations.add(new Observation(Integer.parseInt(observation.substring(0, colon)),
							Double.parseDouble(observation.substring(colon + 1))));
				}
			}
			comparabilityRank = rs.getInt("comparability_rank");
		}

		String comparability() {
			return COMPARABILITY[comparabilityRank];
		}

		Series series() {
			return new Series(observations, kind, direction, Target.of(comparator, targetValue, targetYear));
		}

		Observation last() {
			return observations.isEmpty() ? null : observations.get(observations.size() - 1);
		}

	}

	private void appendKey(BulkInsert a, Row row, String method, String status, String category) throws SQLException {
		a.beginRow();
		a.append(row.unitKey);
		a.append(row.indicator);
		a.append(row.disaggregation);
		a.append(row.targetId);
		a.append(method);
		a.append(status.toLowerCase());
		nullable(a, category);
		a.append((long) row.targetYear);
		a.append(row.comparator);
		a.append(row.targetValue);
	}

	private void appendRegression(BulkInsert a, Row row, String method, RegressionProjection p, long loadId)
			throws SQLException {
		appendKey(a, row, method, p.status().name(), null);
		a.append((long) p.yearsUsed());
		nullable(a, p.firstYear());
		nullable(a, p.lastYear());
		nullable(a, row.last() == null ? null : row.last().value());
		nullable(a, p.projectedValue());
		interval(a, p.interval80());
		interval(a, p.interval95());
		nullable(a, p.probabilityOfMeetingTarget());
		nullable(a, p.slope());
		nullable(a, p.slopeOriginalUnits());
		nullable(a, p.rSquared());
		nullable(a, p.residualStandardError());
		a.appendNull(); // required_growth
		a.appendNull(); // actual_growth
		a.appendNull(); // growth_ratio
		a.appendNull(); // variant
		a.appendNull(); // basis
		a.append(row.comparability());
		nullable(a, p.note());
		a.append(loadId);
		a.endRow();
	}

	private void appendGrowth(BulkInsert a, Row row, GrowthRatioAssessment g, long loadId) throws SQLException {
		appendKey(a, row, "growth_ratio", g.status().name(), g.category() == null ? null : g.category().label());
		a.append((long) row.observations.size());
		nullable(a, g.baselineYear());
		nullable(a, g.currentYear());
		nullable(a, row.last() == null ? null : row.last().value());
		nullable(a, g.anticipatedValue());
		for (int i = 0; i < 4; i++) {
			a.appendNull(); // intervals: the growth ratio has none
		}
		a.appendNull(); // probability
		a.appendNull(); // slope
		a.appendNull(); // slope_per_year
		a.appendNull(); // r_squared
		a.appendNull(); // residual_se
		nullable(a, g.requiredAnnualGrowth());
		nullable(a, g.actualAnnualGrowth());
		nullable(a, g.ratio());
		nullable(a, g.variant() == null ? null : g.variant().name().toLowerCase());
		nullable(a, g.basis() == null ? null : g.basis().name().toLowerCase());
		a.append(row.comparability());
		nullable(a, g.note());
		a.append(loadId);
		a.endRow();
	}

	private static void interval(BulkInsert a, PredictionInterval interval) throws SQLException {
		if (interval == null || !interval.isDefined()) {
			a.appendNull();
			a.appendNull();
		}
		else {
			a.append(interval.lower());
			a.append(interval.upper());
		}
	}

	/** NaN and null both mean "not defined": stored as NULL. */
	private static void nullable(BulkInsert a, Double value) throws SQLException {
		if (value == null || value.isNaN() || value.isInfinite()) {
			a.appendNull();
		}
		else {
			a.append(value.doubleValue());
		}
	}

	private static void nullable(BulkInsert a, Integer value) throws SQLException {
		if (value == null) {
			a.appendNull();
		}
		else {
			a.append((long) value.intValue());
		}
	}

	private static void nullable(BulkInsert a, String value) throws SQLException {
		if (value == null) {
			a.appendNull();
		}
		else {
			a.append(value);
		}
	}

}
