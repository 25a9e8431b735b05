package vn.edu2030.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.edu2030.report.ReportData.Point;
import vn.edu2030.report.ReportData.Row;

/**
 * One series as an inline SVG chart, drawn here without a chart library: the history by
 * school year (re-based and apportioned years hollow), the regression trend over the
 * observed years and its projection to the target year with the 80 % and 95 % prediction
 * intervals drawn as a cone, the target line, the projected value in the status colour,
 * axes with school years and units, a title and a legend; {@code <title>} and
 * {@code <desc>} say the same in words for screen readers.
 * <p>
 * The trend is recomputed from {@code fct_projection}: on the fitted scale (logit for
 * rates) it is a line through the projected value at the target year with the stored
 * slope. The warehouse keeps the intervals at the target year only, so the cone joins the
 * trend at the last observed year to them (linear on the fitted scale); the pages say so
 * in a footnote.
 * <p>
 * Elements carry classes the tests look for: {@code chart}, {@code target-line},
 * {@code band band-80}, {@code band band-95}, {@code trend}, {@code projection},
 * {@code projected}, {@code point point-native|point-rebased|point-apportioned}.
 */
final class SvgChart {

	static final double WIDTH = 640;

	private static final double LEFT = 62;

	private static final double RIGHT = 24;

	private static final double PLOT_HEIGHT = 200;

	private static final double TITLE_LINE = 16;

	private static final int TITLE_CHARS = 78;

	/** A white outline behind a label, so that lines crossing it do not hide it. */
	private static final String HALO = " stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"";

	static final String HISTORY_COLOUR = "#2b2b2b";

	static final String TREND_COLOUR = "#6b6b6b";

	static final String PROJECTION_COLOUR = "#1f4e9c";

	static final String BAND80_COLOUR = "#7fa7dd";

	static final String BAND95_COLOUR = "#c9daf2";

	static final String TARGET_COLOUR = "#000000";

	private final Row row;

	private final Lang lang;

	private final String id;

	private final boolean rate;

	private final boolean percent;

	private double xMin;

	private double xMax;

	private double yMin;

	private double yMax;

	private double yStep;

	private double plotTop;

	private double plotBottom;

	SvgChart(Row row, Lang lang, String id) {
		this.row = row;
		this.lang = lang;
		this.id = id;
		this.rate = row.isRate();
		this.percent = "percent".equals(row.indicatorUnit());
	}

	/** The value with its unit, as the chart and the pages write it. */
	static String value(Lang lang, Row row, double v) {
		if ("percent".equals(row.indicatorUnit())) {
			return lang.number(v, 1) + Lang.NBSP + "%";
		}
		if ("level".equals(row.indicatorUnit())) {
			return lang.numberTrimmed(v, 1);
		}
		return lang.numberTrimmed(v, (Math.abs(v) >= 100) ? 0 : 1);
	}

	/** The target as written: "≥ 38 %". */
	static String target(Lang lang, Row row) {
		String comparator = switch (row.comparator()) {
			case ">=" -> "≥";
			case "<=" -> "≤";
			default -> row.comparator();
		};
		String v = "percent".equals(row.indicatorUnit()) ? lang.numberTrimmed(row.targetValue(), 2) + Lang.NBSP + "%"
				: lang.numberTrimmed(row.targetValue(), 2);
		return comparator + Lang.NBSP + v;
	}

	String render() {
		List<String> titleLines = wrap(this.row.title(this.lang), TITLE_CHARS);
		this.plotTop = 14 + TITLE_LINE * titleLines.size() + 12;
		this.plotBottom = this.plotTop + PLOT_HEIGHT;
		domain();
		List<String[]> legend = legendItems();
		List<List<String[]>> legendRows = legendRows(legend);
		double legendTop = this.plotBottom + 50;
		double height = legendTop + legendRows.size() * 18 + 6;

		StringBuilder svg = new StringBuilder(8192);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"")
			.append(this.id)
			.append("\" viewBox=\"0 0 ")
			.append(fmt(WIDTH))
			.append(' ')
			.append(fmt(height))
			.append("\" role=\"img\" aria-labelledby=\"")
			.append(this.id)
			.append("-title ")
			.append(this.id)
			.append("-desc\" data-target-id=\"")
			.append(Html.text(this.row.targetId()))
			.append("\" data-indicator=\"")
			.append(Html.text(this.row.indicatorCode()))
			.append("\" data-disaggregation=\"")
			.append(Html.text(this.row.disaggregationCode()))
			.append("\">");
		svg.append("<title id=\"")
			.append(this.id)
			.append("-title\">")
			.append(Html.text(titleText()))
			.append("</title>");
		svg.append("<desc id=\"").append(this.id).append("-desc\">").append(Html.text(description())).append("</desc>");
		svg.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"")
			.append(fmt(WIDTH))
			.append("\" height=\"")
			.append(fmt(height))
			.append("\" fill=\"#ffffff\"/>");
		for (int i = 0; i < titleLines.size(); i++) {
			svg.append("<text class=\"chart-title\" x=\"")
				.append(fmt(LEFT - 50))
				.append("\" y=\"")
				.append(fmt(14 + TITLE_LINE * (i + 1) - 4))
				.append("\" font-size=\"13\" font-weight=\"bold\">")
				.append(Html.text(titleLines.get(i)))
				.append("</text>");
		}
		grid(svg);
		reform(svg);
		band(svg);
		trend(svg);
		targetLine(svg);
		history(svg);
		projected(svg);
		axes(svg);
		legend(svg, legendRows, legendTop);
		svg.append("</svg>");
		return svg.toString();
	}

	private String titleText() {
		return this.row.title(this.lang) + " — " + this.lang.t("legend.target") + " " + target(this.lang, this.row)
				+ " (" + this.lang.schoolYear(this.row.targetSchoolYear()) + ")";
	}

	/** The chart in words, for {@code <desc>}. */
	String description() {
		List<String> parts = new ArrayList<>();
		List<Point> h = this.row.history();
		if (h.isEmpty()) {
			parts.add(this.lang.t("chart.desc.noHistory"));
		}
		else {
			Point first = h.get(0);
			Point last = h.get(h.size() - 1);
			parts.add(this.lang.t("chart.desc.history", h.size(), this.lang.schoolYear(first.year()),
					value(this.lang, this.row, first.value()), this.lang.schoolYear(last.year()),
					value(this.lang, this.row, last.value())));
		}
		parts.add(this.lang.t("chart.desc.target", target(this.lang, this.row),
				this.lang.schoolYear(this.row.targetSchoolYear())));
		if (this.row.projectedValue() != null) {
			if (this.row.hasInterval80() && this.row.hasInterval95()) {
				parts.add(this.lang.t("chart.desc.projection", value(this.lang, this.row, this.row.projectedValue()),
						value(this.lang, this.row, this.row.lower80()), value(this.lang, this.row, this.row.upper80()),
						value(this.lang, this.row, this.row.lower95()),
						value(this.lang, this.row, this.row.upper95())));
			}
			else {
				parts.add(this.lang.t("chart.desc.projectionNoInterval",
						value(this.lang, this.row, this.row.projectedValue())));
			}
		}
		parts.add(this.lang.t("chart.desc.status", this.row.regressionStatus().word(this.lang),
				this.row.growthStatus().word(this.lang)));
		return String.join(" ", parts);
	}

	// ---------------------------------------------------------------- scales

	private void domain() {
		List<Point> h = this.row.history();
		int target = this.row.targetSchoolYear();
		int first = h.isEmpty() ? target - 6 : Math.min(h.get(0).year(), target);
		int last = h.isEmpty() ? target : Math.max(h.get(h.size() - 1).year(), target);
		if (last - first < 4) {
			first = last - 4;
		}
		this.xMin = first - 0.5;
		this.xMax = last + 0.5;

		double lo = this.row.targetValue();
		double hi = this.row.targetValue();
		for (Point p : h) {
			lo = Math.min(lo, p.value());
			hi = Math.max(hi, p.value());
		}
		List<Double> extra = new ArrayList<>();
		extra.add(this.row.projectedValue());
		extra.add(this.row.lower95());
		extra.add(this.row.upper95());
		extra.add(this.row.lower80());
		extra.add(this.row.upper80());
		if (this.row.hasTrend()) {
			for (double y = this.row.firstYear(); y <= this.row.targetSchoolYear(); y += 1) {
				extra.add(trendAt(y));
			}
		}
		for (Double v : extra) {
			if (v != null && Double.isFinite(v)) {
				lo = Math.min(lo, v);
				hi = Math.max(hi, v);
			}
		}
		double span = hi - lo;
		double minimumSpan = this.percent ? 5 : ("level".equals(this.row.indicatorUnit()) ? 2 : Math.max(2, hi * 0.1));
		if (span < minimumSpan) {
			double mid = (hi + lo) / 2;
			lo = mid - minimumSpan / 2;
			hi = mid + minimumSpan / 2;
		}
		double pad = (hi - lo) * 0.06;
		lo -= pad;
		hi += pad;
		if (this.percent || this.rate) {
			lo = Math.max(0, lo);
			hi = Math.min(100, hi);
		}
		if (!"level".equals(this.row.indicatorUnit()) && !this.percent && lo < 0 && this.row.targetValue() >= 0) {
			lo = 0;
		}
		double step = niceStep((hi - lo) / 5);
		if ("level".equals(this.row.indicatorUnit())) {
			step = Math.max(1, step);
		}
		this.yStep = step;
		this.yMin = Math.floor(lo / step + 1e-9) * step;
		this.yMax = Math.ceil(hi / step - 1e-9) * step;
		if (this.percent) {
			this.yMin = Math.max(0, this.yMin);
			this.yMax = Math.min(100, this.yMax);
		}
		if (this.yMax <= this.yMin) {
			this.yMax = this.yMin + step;
		}
	}

	static double niceStep(double rough) {
		if (!(rough > 0)) {
			return 1;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
		double n = rough / magnitude;
		double nice = (n < 1.5) ? 1 : (n < 3) ? 2 : (n < 7) ? 5 : 10;
		return nice * magnitude;
	}

	private double x(double year) {
		return LEFT + (year - this.xMin) / (this.xMax - this.xMin) * (WIDTH - LEFT - RIGHT);
	}

	private double y(double value) {
		double v = Math.max(this.yMin, Math.min(this.yMax, value));
		return this.plotBottom - (v - this.yMin) / (this.yMax - this.yMin) * (this.plotBottom - this.plotTop);
	}

	private double toFitted(double v) {
		if (!this.rate) {
			return v;
		}
		double p = Math.min(Math.max(v / 100.0, 1e-9), 1 - 1e-9);
		return Math.log(p / (1 - p));
	}

	private double fromFitted(double z) {
		return this.rate ? 100.0 / (1.0 + Math.exp(-z)) : z;
	}

	/** The regression trend in original units at a school year. */
	double trendAt(double year) {
		return fromFitted(
				toFitted(this.row.projectedValue()) + this.row.fittedSlope() * (year - this.row.targetSchoolYear()));
	}

	// ---------------------------------------------------------------- drawing

	private void grid(StringBuilder svg) {
		svg.append("<g class=\"grid\" stroke=\"#e3e3e3\" stroke-width=\"1\">");
		for (double v = this.yMin; v <= this.yMax + this.yStep / 1000; v += this.yStep) {
			svg.append(line(LEFT, y(v), WIDTH - RIGHT, y(v), null));
		}
		svg.append("</g>");
	}

	private void reform(StringBuilder svg) {
		if (this.xMin < 2024.5 && this.xMax > 2024.5) {
			double x = x(2024.5);
			svg.append("<g class=\"reform\">")
				.append("<line x1=\"")
				.append(fmt(x))
				.append("\" y1=\"")
				.append(fmt(this.plotTop))
				.append("\" x2=\"")
				.append(fmt(x))
				.append("\" y2=\"")
				.append(fmt(this.plotBottom))
				.append("\" stroke=\"#9a9a9a\" stroke-width=\"1\" stroke-dasharray=\"2 3\"/>")
				.append("<text x=\"")
				.append(fmt(x + 3))
				.append("\" y=\"")
				.append(fmt(this.plotTop + 10))
				.append("\" font-size=\"10\" fill=\"#6b6b6b\"" + HALO + ">")
				.append(Html.text(this.lang.t("chart.reform")))
				.append("</text></g>");
		}
	}

	/** The 95 % and 80 % cones from the trend at the last observed year. */
	private void band(StringBuilder svg) {
		if (!this.row.hasTrend()) {
			return;
		}
		if (this.row.hasInterval95()) {
			svg.append(cone("band band-95", BAND95_COLOUR, this.row.lower95(), this.row.upper95(),
					this.lang.t("legend.band95")));
		}
		if (this.row.hasInterval80()) {
			svg.append(cone("band band-80", BAND80_COLOUR, this.row.lower80(), this.row.upper80(),
					this.lang.t("legend.band80")));
		}
	}

	private String cone(String cssClass, String colour, double lower, double upper, String label) {
		int target = this.row.targetSchoolYear();
		double start = Math.min(this.row.lastYear(), target);
		List<double[]> top = new ArrayList<>();
		List<double[]> bottom = new ArrayList<>();
		double centreAtTarget = toFitted(this.row.projectedValue());
		double up = toFitted(upper) - centreAtTarget;
		double down = toFitted(lower) - centreAtTarget;
		if (target - start < 0.5) {
			// The target year is not after the last observation: the interval as a bar.
			start = target - 0.25;
		}
		int steps = Math.max(2, (int) Math.round((target - start) * 4));
		for (int i = 0; i <= steps; i++) {
			double year = start + (target - start) * i / steps;
			double f = (year - start) / (target - start);
			double centre = toFitted(this.row.projectedValue()) + this.row.fittedSlope() * (year - target);
			top.add(new double[] { x(year), y(fromFitted(centre + f * up)) });
			bottom.add(new double[] { x(year), y(fromFitted(centre + f * down)) });
		}
		StringBuilder points = new StringBuilder();
		for (double[] p : top) {
			points.append(fmt(p[0])).append(',').append(fmt(p[1])).append(' ');
		}
		for (int i = bottom.size() - 1; i >= 0; i--) {
			points.append(fmt(bottom.get(i)[0])).append(',').append(fmt(bottom.get(i)[1])).append(' ');
		}
		return "<polygon class=\"" + cssClass + "\" points=\"" + points.toString().strip() + "\" fill=\"" + colour
				+ "\" fill-opacity=\"0.85\" stroke=\"none\"><title>" + Html.text(label) + ": "
				+ Html.text(value(this.lang, this.row, lower)) + " – " + Html.text(value(this.lang, this.row, upper))
				+ "</title></polygon>";
	}

	private void trend(StringBuilder svg) {
		if (!this.row.hasTrend()) {
			return;
		}
		int target = this.row.targetSchoolYear();
		double first = this.row.firstYear();
		double last = this.row.lastYear();
		svg.append("<path class=\"trend\" d=\"")
			.append(curve(first, last))
			.append("\" fill=\"none\" stroke=\"")
			.append(TREND_COLOUR)
			.append("\" stroke-width=\"1.5\"/>");
		if (target > last) {
			svg.append("<path class=\"projection\" d=\"")
				.append(curve(last, target))
				.append("\" fill=\"none\" stroke=\"")
				.append(PROJECTION_COLOUR)
				.append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
		}
	}

	private String curve(double from, double to) {
		StringBuilder d = new StringBuilder();
		int steps = Math.max(1, (int) Math.round((to - from) * 4));
		for (int i = 0; i <= steps; i++) {
			double year = from + (to - from) * i / steps;
			d.append((i == 0) ? "M" : " L").append(fmt(x(year))).append(',').append(fmt(y(trendAt(year))));
		}
		return d.toString();
	}

	private void targetLine(StringBuilder svg) {
		double y = y(this.row.targetValue());
		String label = this.lang.t("legend.target") + " " + target(this.lang, this.row);
		svg.append("<g class=\"target\">")
			.append("<line class=\"target-line\" x1=\"")
			.append(fmt(LEFT))
			.append("\" y1=\"")
			.append(fmt(y))
			.append("\" x2=\"")
			.append(fmt(WIDTH - RIGHT))
			.append("\" y2=\"")
			.append(fmt(y))
			.append("\" stroke=\"")
			.append(TARGET_COLOUR)
			.append("\" stroke-width=\"1.5\" stroke-dasharray=\"8 3 2 3\" data-value=\"")
			.append(fmt(this.row.targetValue()))
			.append("\"/>");
		double tx = x(this.row.targetSchoolYear());
		svg.append("<path class=\"target-marker\" d=\"M")
			.append(fmt(tx))
			.append(',')
			.append(fmt(y - 6))
			.append(" L")
			.append(fmt(tx + 6))
			.append(',')
			.append(fmt(y))
			.append(" L")
			.append(fmt(tx))
			.append(',')
			.append(fmt(y + 6))
			.append(" L")
			.append(fmt(tx - 6))
			.append(',')
			.append(fmt(y))
			.append(" Z\" fill=\"")
			.append(TARGET_COLOUR)
			.append("\"><title>")
			.append(Html.text(label + " (" + this.lang.schoolYear(this.row.targetSchoolYear()) + ")"))
			.append("</title></path>");
		// The label sits above the line, or below when the line is at the top of the
		// plot.
		double labelY = (y - this.plotTop < 14) ? y + 13 : y - 5;
		svg.append("<text class=\"target-label\" x=\"")
			.append(fmt(LEFT + 4))
			.append("\" y=\"")
			.append(fmt(labelY))
			.append("\" font-size=\"11\" font-weight=\"bold\" fill=\"")
			.append(TARGET_COLOUR)
			.append("\"" + HALO + ">")
			.append(Html.text(label))
			.append("</text></g>");
	}

	private void history(StringBuilder svg) {
		List<Point> h = this.row.history();
		if (h.isEmpty()) {
			svg.append("<text class=\"no-data\" x=\"")
				.append(fmt((LEFT + WIDTH - RIGHT) / 2))
				.append("\" y=\"")
				.append(fmt(this.plotBottom - 24))
				.append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#6b6b6b\"" + HALO + ">")
				.append(Html.text(this.lang.t("chart.noData")))
				.append("</text>");
			return;
		}
		svg.append("<g class=\"history\">");
		if (h.size() > 1) {
			svg.append("<polyline class=\"history-line\" points=\"");
			for (int i = 0; i < h.size(); i++) {
				svg.append((i == 0) ? "" : " ")
					.append(fmt(x(h.get(i).year())))
					.append(',')
					.append(fmt(y(h.get(i).value())));
			}
			svg.append("\" fill=\"none\" stroke=\"")
				.append(HISTORY_COLOUR)
				.append("\" stroke-width=\"1\" stroke-opacity=\"0.6\"/>");
		}
		for (Point p : h) {
			svg.append(marker(p.comparability(), x(p.year()), y(p.value()), p.year(), p.value(),
					this.lang.schoolYear(p.year()) + ": " + value(this.lang, this.row, p.value()) + " ("
							+ this.lang.t("comparability." + comparability(p.comparability())) + ")"));
		}
		svg.append("</g>");
	}

	private static String comparability(String c) {
		return switch (c) {
			case "rebased", "apportioned" -> c;
			default -> "native";
		};
	}

	/**
	 * A history point: filled circle (reported), hollow circle (re-based), hollow square
	 * (apportioned).
	 */
	private static String marker(String comparability, double cx, double cy, Integer year, Double value,
			String tooltip) {
		String kind = comparability(comparability);
		String data = (year == null) ? ""
				: " data-year=\"" + year + "\" data-value=\"" + String.format(Locale.ROOT, "%.6f", value) + "\"";
		String title = (tooltip == null) ? "/>" : "><title>" + Html.text(tooltip) + "</title>";
		return switch (kind) {
			case "rebased" -> "<circle class=\"point point-rebased\" cx=\"" + fmt(cx) + "\" cy=\"" + fmt(cy)
					+ "\" r=\"4\" fill=\"#ffffff\" stroke=\"" + HISTORY_COLOUR + "\" stroke-width=\"2\"" + data + title
					+ ((tooltip == null) ? "" : "</circle>");
			case "apportioned" -> "<rect class=\"point point-apportioned\" x=\"" + fmt(cx - 4) + "\" y=\"" + fmt(cy - 4)
					+ "\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"" + HISTORY_COLOUR
					+ "\" stroke-width=\"2\"" + data + title + ((tooltip == null) ? "" : "</rect>");
			default ->
				"<circle class=\"point point-native\" cx=\"" + fmt(cx) + "\" cy=\"" + fmt(cy) + "\" r=\"4\" fill=\""
						+ HISTORY_COLOUR + "\" stroke=\"none\"" + data + title + ((tooltip == null) ? "" : "</circle>");
		};
	}

	private void projected(StringBuilder svg) {
		if (this.row.projectedValue() == null || !this.row.hasTrend()) {
			return;
		}
		Status status = this.row.regressionStatus();
		svg.append("<circle class=\"projected ")
			.append(status.cssClass())
			.append("\" cx=\"")
			.append(fmt(x(this.row.targetSchoolYear())))
			.append("\" cy=\"")
			.append(fmt(y(this.row.projectedValue())))
			.append("\" r=\"6\" fill=\"")
			.append(status.colour())
			.append("\" stroke=\"#000000\" stroke-width=\"1.5\" data-value=\"")
			.append(String.format(Locale.ROOT, "%.6f", this.row.projectedValue()))
			.append("\"><title>")
			.append(Html.text(this.lang.t("legend.projection") + " " + this.lang.schoolYear(this.row.targetSchoolYear())
					+ ": " + value(this.lang, this.row, this.row.projectedValue()) + " — " + status.word(this.lang)))
			.append("</title></circle>");
	}

	private void axes(StringBuilder svg) {
		svg.append("<g class=\"axes\" font-size=\"11\" fill=\"#333333\">");
		svg.append(line(LEFT, this.plotBottom, WIDTH - RIGHT, this.plotBottom, "#555555"));
		svg.append(line(LEFT, this.plotTop, LEFT, this.plotBottom, "#555555"));
		// y ticks
		for (double v = this.yMin; v <= this.yMax + this.yStep / 1000; v += this.yStep) {
			double y = y(v);
			svg.append(line(LEFT - 4, y, LEFT, y, "#555555"));
			String label = this.percent ? this.lang.numberTrimmed(v, 1) + Lang.NBSP + "%"
					: this.lang.numberTrimmed(v, 1);
			svg.append("<text x=\"")
				.append(fmt(LEFT - 7))
				.append("\" y=\"")
				.append(fmt(y + 4))
				.append("\" text-anchor=\"end\">")
				.append(Html.text(label))
				.append("</text>");
		}
		// x ticks: every year, labels as many as fit
		int first = (int) Math.ceil(this.xMin);
		int last = (int) Math.floor(this.xMax);
		double perYear = (WIDTH - LEFT - RIGHT) / (this.xMax - this.xMin);
		int every = Math.max(1, (int) Math.ceil(50 / perYear));
		for (int year = first; year <= last; year++) {
			double x = x(year);
			svg.append(line(x, this.plotBottom, x, this.plotBottom + 4, "#555555"));
			if ((last - year) % every == 0) {
				svg.append("<text class=\"x-tick\" x=\"")
					.append(fmt(x))
					.append("\" y=\"")
					.append(fmt(this.plotBottom + 16))
					.append("\" text-anchor=\"middle\">")
					.append(Html.text(this.lang.schoolYearShort(year)))
					.append("</text>");
			}
		}
		svg.append("<text class=\"axis-title\" x=\"")
			.append(fmt((LEFT + WIDTH - RIGHT) / 2))
			.append("\" y=\"")
			.append(fmt(this.plotBottom + 34))
			.append("\" text-anchor=\"middle\" font-weight=\"bold\">")
			.append(Html.text(this.lang.t("axis.year")))
			.append("</text>");
		String yTitle = this.percent ? this.lang.t("axis.percent")
				: "level".equals(this.row.indicatorUnit()) ? this.lang.t("axis.level") : this.lang.t("axis.count");
		double cy = (this.plotTop + this.plotBottom) / 2;
		svg.append("<text class=\"axis-title\" x=\"14\" y=\"")
			.append(fmt(cy))
			.append("\" text-anchor=\"middle\" font-weight=\"bold\" transform=\"rotate(-90 14 ")
			.append(fmt(cy))
			.append(")\">")
			.append(Html.text(yTitle))
			.append("</text>");
		svg.append("</g>");
	}

	// ---------------------------------------------------------------- legend

	/** Legend items as {kind, label}. */
	private List<String[]> legendItems() {
		List<String[]> items = new ArrayList<>();
		List<Point> h = this.row.history();
		for (String c : List.of("native", "rebased", "apportioned")) {
			if (h.stream().anyMatch(p -> comparability(p.comparability()).equals(c))
					|| (c.equals("native") && h.isEmpty())) {
				items.add(new String[] { c, this.lang.t("legend." + c) });
			}
		}
		if (this.row.hasTrend()) {
			items.add(new String[] { "trend", this.lang.t("legend.trend") });
			items.add(new String[] { "projection",
					this.lang.t("legend.projection") + " (" + this.row.regressionStatus().word(this.lang) + ")" });
			if (this.row.hasInterval80()) {
				items.add(new String[] { "band80", this.lang.t("legend.band80") });
			}
			if (this.row.hasInterval95()) {
				items.add(new String[] { "band95", this.lang.t("legend.band95") });
			}
		}
		items.add(new String[] { "target", this.lang.t("legend.target") });
		return items;
	}

	private static double labelWidth(String label) {
		return 30 + label.length() * 6.1;
	}

	private static List<List<String[]>> legendRows(List<String[]> items) {
		List<List<String[]>> rows = new ArrayList<>();
		List<String[]> current = new ArrayList<>();
		double width = 0;
		for (String[] item : items) {
			double w = labelWidth(item[1]) + 14;
			if (!current.isEmpty() && width + w > WIDTH - 20) {
				rows.add(current);
				current = new ArrayList<>();
				width = 0;
			}
			current.add(item);
			width += w;
		}
		if (!current.isEmpty()) {
			rows.add(current);
		}
		return rows;
	}

	private void legend(StringBuilder svg, List<List<String[]>> rows, double top) {
		svg.append("<g class=\"legend\" font-size=\"11\" fill=\"#333333\">");
		for (int r = 0; r < rows.size(); r++) {
			double x = 12;
			double y = top + r * 18;
			for (String[] item : rows.get(r)) {
				svg.append("<g class=\"legend-item legend-").append(item[0]).append("\">");
				svg.append(swatch(item[0], x, y));
				svg.append("<text x=\"")
					.append(fmt(x + 28))
					.append("\" y=\"")
					.append(fmt(y + 4))
					.append("\">")
					.append(Html.text(item[1]))
					.append("</text></g>");
				x += labelWidth(item[1]) + 14;
			}
		}
		svg.append("</g>");
	}

	private String swatch(String kind, double x, double y) {
		return switch (kind) {
			case "native", "rebased", "apportioned" -> marker(kind, x + 9, y, null, null, null);
			case "trend" -> "<line x1=\"" + fmt(x) + "\" y1=\"" + fmt(y) + "\" x2=\"" + fmt(x + 18) + "\" y2=\""
					+ fmt(y) + "\" stroke=\"" + TREND_COLOUR + "\" stroke-width=\"1.5\"/>";
			case "projection" -> "<line x1=\"" + fmt(x) + "\" y1=\"" + fmt(y) + "\" x2=\"" + fmt(x + 18) + "\" y2=\""
					+ fmt(y) + "\" stroke=\"" + PROJECTION_COLOUR
					+ "\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/><circle cx=\"" + fmt(x + 18) + "\" cy=\""
					+ fmt(y) + "\" r=\"4\" fill=\"" + this.row.regressionStatus().colour()
					+ "\" stroke=\"#000000\" stroke-width=\"1\"/>";
			case "band80" -> "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y - 5) + "\" width=\"18\" height=\"10\" fill=\""
					+ BAND80_COLOUR + "\"/>";
			case "band95" -> "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y - 5) + "\" width=\"18\" height=\"10\" fill=\""
					+ BAND95_COLOUR + "\"/>";
			default -> "<line x1=\"" + fmt(x) + "\" y1=\"" + fmt(y) + "\" x2=\"" + fmt(x + 18) + "\" y2=\"" + fmt(y)
					+ "\" stroke=\"" + TARGET_COLOUR + "\" stroke-width=\"1.5\" stroke-dasharray=\"8 3 2 3\"/>";
		};
	}

	// ---------------------------------------------------------------- helpers

	private static String line(double x1, double y1, double x2, double y2, String stroke) {
		return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2) + "\""
				+ ((stroke == null) ? "" : " stroke=\"" + stroke + "\"") + "/>";
	}

	static String fmt(double v) {
		return String.format(Locale.ROOT, "%.1f", v);
	}

	/** Splits a title into lines of at most about this many characters, at spaces. */
	static List<String> wrap(String text, int max) {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : text.split(" ")) {
			if (current.length() > 0 && current.length() + 1 + word.length() > max) {
				lines.add(current.toString());
				current = new StringBuilder();
			}
			current.append((current.length() > 0) ? " " : "").append(word);
		}
		if (current.length() > 0) {
			lines.add(current.toString());
		}
		return lines;
	}

}
