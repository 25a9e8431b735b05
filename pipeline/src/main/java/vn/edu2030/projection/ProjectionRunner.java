package vn.edu2030.projection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * caller's transaction. The series are read in one query (years and values packed as
 * text), the results written in bulk; the maths runs on every core.
 */
public final class ProjectionRunner {

	private static final Logger log = LoggerFactory.getLogger(ProjectionRunner.class);

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

	/** Series per batch handed to a worker. */
	private static final int BATCH = 256;

	private final ProjectionOptions options;

	private final int threads;

	public ProjectionRunner(ProjectionOptions options) {
		this(options, Runtime.getRuntime().availableProcessors());
	}

	public ProjectionRunner(ProjectionOptions options, int threads) {
		this.options = options;
		this.threads = Math.max(1, threads);
	}

	public Result run(Connection connection, long loadId, java.nio.file.Path staging) throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.execute("delete from fct_projection");
		}
		long series = 0;
		long rows = 0;
		long insufficient = 0;
		long started = System.nanoTime();
		ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "projection");
			t.setDaemon(true);
			return t;
		});
		try (Statement s = connection.createStatement();
				ResultSet rs = s.executeQuery(SERIES);
				BulkInsert out = new BulkInsert(connection, "fct_projection", staging)) {
			long queried = System.nanoTime();
			// The maths runs on every core while this thread reads: batches of series go
			// to the workers and their rows are written back in the order read.
			Deque<Future<Batch>> pending = new ArrayDeque<>();
			List<Row> batch = new ArrayList<>(BATCH);
			while (true) {
				boolean more = rs.next();
				if (more) {
					batch.add(new Row(rs));
					series++;
				}
				if (batch.size() == BATCH || (!more && !batch.isEmpty())) {
					List<Row> work = batch;
					BulkInsert.Rows buffer = out.newRows();
					pending.add(workers.submit(() -> project(work, buffer, loadId)));
					batch = new ArrayList<>(BATCH);
				}
				while (!pending.isEmpty() && (pending.size() > 2 * threads || !more)) {
					Batch done = await(pending.poll());
					out.add(done.rows());
					rows += done.count();
					insufficient += done.insufficient();
				}
				if (!more) {
					break;
				}
			}
			long computed = System.nanoTime();
			long loaded = out.load();
			log.debug("series query {} ms, projections {} ms, write {} ms", (queried - started) / 1_000_000,
					(computed - queried) / 1_000_000, (System.nanoTime() - computed) / 1_000_000);
			if (loaded != rows) {
				throw new SQLException("fct_projection received " + loaded + " of " + rows + " rows");
			}
		}
		catch (java.io.IOException ex) {
			throw new SQLException("cannot remove the staging file: " + ex.getMessage(), ex);
		}
		finally {
			workers.shutdownNow();
		}
		return new Result(series, rows, insufficient);
	}

	/** What a worker made of a batch of series. */
	private record Batch(BulkInsert.Rows rows, long count, long insufficient) {

	}

	private Batch project(List<Row> batch, BulkInsert.Rows out, long loadId) {
		long insufficient = 0;
		for (Row row : batch) {
			Series input = row.series();
			RegressionProjection ols = Projections.regression(input, options.withRecencyWeighting(false));
			RegressionProjection weighted = Projections.regression(input, options.withRecencyWeighting(true));
			GrowthRatioAssessment growth = Projections.growthRatio(input, options);
			try {
				appendRegression(out, row, "regression", ols, loadId);
				appendRegression(out, row, "regression_weighted", weighted, loadId);
				appendGrowth(out, row, growth, loadId);
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException(
						"cannot write the projections of " + row.unitKey + " " + row.targetId + ": " + ex.getMessage(),
						ex);
			}
			if (ols.status().name().equals("INSUFFICIENT_DATA")) {
				insufficient++;
			}
		}
		return new Batch(out, out.count(), insufficient);
	}

	private static Batch await(Future<Batch> future) throws SQLException {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SQLException("interrupted while projecting", ex);
		}
		catch (ExecutionException ex) {
			throw new SQLException(ex.getCause().getMessage(), ex.getCause());
		}
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

	private void appendKey(BulkInsert.Rows a, Row row, String method, String status, String category) {
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

	private void appendRegression(BulkInsert.Rows a, Row row, String method, RegressionProjection p, long loadId) {
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

	private void appendGrowth(BulkInsert.Rows a, Row row, GrowthRatioAssessment g, long loadId) {
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

	private static void interval(BulkInsert.Rows a, PredictionInterval interval) {
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
	private static void nullable(BulkInsert.Rows a, Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			a.appendNull();
		}
		else {
			a.append(value.doubleValue());
		}
	}

	private static void nullable(BulkInsert.Rows a, Integer value) {
		if (value == null) {
			a.appendNull();
		}
		else {
			a.append((long) value.intValue());
		}
	}

	private static void nullable(BulkInsert.Rows a, String value) {
		if (value == null) {
			a.appendNull();
		}
		else {
			a.append(value);
		}
	}

}
