package vn.edu2030.projection;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

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

	private static final String SERIES = """
			select a.unit_key, t.target_id, t.indicator_code, t.disaggregation_code, t.comparator, t.target_value,
			       t.target_school_year, i.kind, i.direction,
			       coalesce(list(v.school_year order by v.school_year) filter (where v.value is not null), []) as years,
			       coalesce(list(v.value order by v.school_year) filter (where v.value is not null), []) as vals,
			       coalesce(max(case v.comparability when 'native' then 0 when 'rebased' then 1 when 'apportioned' then 2 end), 0)
			         as worst_comparability
			from v_target_applicable a
			join fct_target t using (target_id)
			join dim_indicator i on i.indicator_code = t.indicator_code
			left join v_indicator_value v on v.unit_key = a.unit_key and v.indicator_code = t.indicator_code
			     and v.disaggregation_code = t.disaggregation_code and v.school_year <= t.target_school_year
			group by all""";

	private static final String STAGING = "stg_fct_projection";

	private static final String[] COMPARABILITY = { "native", "rebased", "apportioned" };

	private final ProjectionOptions options;

	public ProjectionRunner(ProjectionOptions options) {
		this.options = options;
	}

	public Result run(Connection connection, long loadId) throws SQLException {
		try (Statement s = connection.createStatement()) {
			// A statement before the appender, so it writes inside this transaction.
			s.execute("delete from fct_projection");
			// The appender fills a copy without constraints; an insert moves the
			// rows. With duckdb_jdbc 2.0.0.1 an appender flush of more than about
			// 2,000 rows whose status values differ fails the CHECK constraint of
			// fct_projection on valid values; the insert checks every row normally.
			s.execute("create or replace table " + STAGING + " as select * from fct_projection limit 0");
		}
		long series = 0;
		long rows = 0;
		long insufficient = 0;
		DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery(SERIES);
				DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, STAGING)) {
			while (rs.next()) {
				series++;
				Row row = new Row(rs);
				Series input = row.series();
				RegressionProjection ols = Projections.regression(input, options.withRecencyWeighting(false));
				RegressionProjection weighted = Projections.regression(input, options.withRecencyWeighting(true));
				GrowthRatioAssessment growth = Projections.growthRatio(input, options);
				appendRegression(appender, row, "regression", ols, loadId);
				appendRegression(appender, row, "regression_weighted", weighted, loadId);
				appendGrowth(appender, row, growth, loadId);
				rows += 3;
				if (ols.status().name().equals("INSUFFICIENT_DATA")) {
					insufficient++;
				}
			}
			long flushed = appender.flush();
			if (flushed < 0) {
				throw new SQLException("appender flush failed");
			}
		}
		try (Statement s = connection.createStatement()) {
			s.execute("insert into fct_projection select * from " + STAGING);
			s.execute("drop table " + STAGING);
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

		final String comparability;

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
			Object[] years = (Object[]) ((Array) rs.getObject("years")).getArray();
			Object[] values = (Object[]) ((Array) rs.getObject("vals")).getArray();
			for (int i = 0; i < years.length; i++) {
				observations.add(new Observation(((Number) years[i]).intValue(), ((Number) values[i]).doubleValue()));
			}
			comparability = COMPARABILITY[rs.getInt("worst_comparability")];
		}

		Series series() {
			return new Series(observations, kind, direction, Target.of(comparator, targetValue, targetYear));
		}

		Observation last() {
			return observations.isEmpty() ? null : observations.get(observations.size() - 1);
		}

	}

	private void appendKey(DuckDBAppender a, Row row, String method, String status, String category)
			throws SQLException {
		a.beginRow();
		a.append(row.unitKey);
		a.append(row.indicator);
		a.append(row.disaggregation);
		a.append(row.targetId);
		a.append(method);
		a.append(status.toLowerCase());
		nullable(a, category);
		a.append(row.targetYear);
		a.append(row.comparator);
		a.append(row.targetValue);
	}

	private void appendRegression(DuckDBAppender a, Row row, String method, RegressionProjection p, long loadId)
			throws SQLException {
		appendKey(a, row, method, p.status().name(), null);
		a.append(p.yearsUsed());
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
		a.append(row.comparability);
		nullable(a, p.note());
		a.append(loadId);
		a.endRow();
	}

	private void appendGrowth(DuckDBAppender a, Row row, GrowthRatioAssessment g, long loadId) throws SQLException {
		appendKey(a, row, "growth_ratio", g.status().name(), g.category() == null ? null : g.category().label());
		a.append(row.observations.size());
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
		a.append(row.comparability);
		nullable(a, g.note());
		a.append(loadId);
		a.endRow();
	}

	private static void interval(DuckDBAppender a, PredictionInterval interval) throws SQLException {
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
	private static void nullable(DuckDBAppender a, Double value) throws SQLException {
		if (value == null || value.isNaN() || value.isInfinite()) {
			a.appendNull();
		}
		else {
			a.append(value.doubleValue());
		}
	}

	private static void nullable(DuckDBAppender a, Integer value) throws SQLException {
		if (value == null) {
			a.appendNull();
		}
		else {
			a.append(value.intValue());
		}
	}

	private static void nullable(DuckDBAppender a, String value) throws SQLException {
		if (value == null) {
			a.appendNull();
		}
		else {
			a.append(value);
		}
	}

}
