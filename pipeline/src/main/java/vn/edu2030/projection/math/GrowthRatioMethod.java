package vn.edu2030.projection.math;

import java.util.ArrayList;
import java.util.List;

import vn.edu2030.projection.math.GrowthRatioAssessment.Basis;
import vn.edu2030.projection.math.GrowthRatioAssessment.Variant;

/** Computes a {@link GrowthRatioAssessment}; the rules are documented there. */
final class GrowthRatioMethod {

	private GrowthRatioMethod() {
	}

	static GrowthRatioAssessment assess(Series series, ProjectionOptions options) {
		CheckedSeries data = CheckedSeries.check(series, options);
		Target target = series.target();
		Variant variant = (series.kind() == IndicatorKind.RATE && series.direction() == Direction.HIGHER_IS_BETTER
				&& target.value() >= options.ceilingThreshold()) ? Variant.CEILING : Variant.PLAIN;
		int n = data.size();
		if (data.problem != null) {
			return new GrowthRatioAssessment(ProjectionStatus.INSUFFICIENT_DATA, null, variant, null, data.firstYear(),
					(n > 0) ? data.values[0] : Double.NaN, data.lastYear(), (n > 0) ? data.lastValue() : Double.NaN,
					target.year(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, data.problem);
		}
		List<String> notes = new ArrayList<>();
		int baselineYear = data.years[0];
		int currentYear = data.years[n - 1];
		double baseline = data.values[0];
		double current = data.lastValue();
		double baselineQ = quantity(variant, baseline);
		double currentQ = quantity(variant, current);
		double targetQ = quantity(variant, target.value());

		Basis basis = Basis.COMPOUND;
		if (baselineQ == 0 || targetQ == 0) {
			basis = Basis.LINEAR;
			notes.add(((baselineQ == 0) ? "baseline" : "target") + ((variant == Variant.CEILING) ? " shortfall" : "")
					+ " is 0: compound growth is undefined, linear annual change used instead");
		}
		double actual = basis.rate(baselineQ, currentQ, currentYear - baselineYear);
		double required = (target.year() > baselineYear) ? basis.rate(baselineQ, targetQ, target.year() - baselineYear)
				: Double.NaN;
		double anticipated = (target.year() >= currentYear)
				? quantity(variant, basis.extend(currentQ, actual, target.year() - currentYear)) : Double.NaN;

		boolean achieved = data.meetsTarget(current);
		double ratio = Double.NaN;
		if (target.year() <= baselineYear) {
			notes.add("target year is not after the baseline year: no required growth");
		}
		else if (data.meetsTarget(baseline)) {
			notes.add(achieved ? "the baseline already met the target: no growth required"
					: "the baseline met the target and the last observation no longer does");
		}
		else if (required == 0) {
			notes.add("target equals baseline: no growth required, ratio undefined");
		}
		else {
			ratio = actual / required;
		}

		double change = current - baseline;
		GrowthRatioCategory category;
		if (!Double.isNaN(ratio)) {
			category = GrowthRatioCategory.of(ratio);
		}
		else if (achieved) {
			category = null;
		}
		else if (data.movesAway(change)) {
			category = GrowthRatioCategory.DETERIORATION;
		}
		else {
			category = (change == 0) ? GrowthRatioCategory.LIMITED_PROGRESS : GrowthRatioCategory.ACCELERATION_NEEDED;
		}

		ProjectionStatus status;
		if (achieved) {
			status = ProjectionStatus.ACHIEVED;
		}
		else if (data.targetYearPassed()) {
			status = data.movesAway(change) ? ProjectionStatus.REGRESSING : ProjectionStatus.NEEDS_ACCELERATION;
			notes.add("target year " + target.year() + " is not after the last observed year " + currentYear
					+ ": status from the direction of change only");
		}
		else {
			status = category.status();
		}
		return new GrowthRatioAssessment(status, category, variant, basis, baselineYear, baseline, currentYear, current,
				target.year(), required, actual, ratio, anticipated, CheckedSeries.join(notes));
	}

	/** The quantity whose growth is measured; its own inverse. */
	private static double quantity(Variant variant, double value) {
		return (variant == Variant.CEILING) ? 100.0 - value : value;
	}

}
