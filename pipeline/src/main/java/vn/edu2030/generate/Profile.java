package vn.edu2030.generate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What is known about one former province's totals: yearly series (interpolated between
 * anchor years, with a little noise off the anchors), exact figures for single years,
 * fixed totals per former district, and the rates to steer towards. Anything not given
 * here the model derives from the communes ("natural" totals).
 */
final class Profile {

	static final int FIRST_YEAR = 2015;

	static final int LAST_YEAR = 2025;

	final String provinceCode;

	private final EnumMap<Quantity, TreeMap<Integer, Long>> series = new EnumMap<>(Quantity.class);

	private final EnumMap<Quantity, Map<Integer, Long>> points = new EnumMap<>(Quantity.class);

	private final EnumMap<Quantity, Map<Integer, Map<String, Long>>> districts = new EnumMap<>(Quantity.class);

	private final EnumMap<Rate, double[]> rates = new EnumMap<>(Rate.class);

	private final EnumMap<Rate, Map<Integer, Double>> ratePoints = new EnumMap<>(Rate.class);

	Profile(String provinceCode) {
		this.provinceCode = provinceCode;
	}

	/** Anchors as year, value, year, value, …; years between them are interpolated. */
	Profile series(Quantity q, long... yearValues) {
		TreeMap<Integer, Long> map = series.computeIfAbsent(q, k -> new TreeMap<>());
		for (int i = 0; i < yearValues.length; i += 2) {
			map.put((int) yearValues[i], yearValues[i + 1]);
		}
		return this;
	}

	/** One value per year from 2015 on, no interpolation. */
	Profile yearly(Quantity q, long... values) {
		TreeMap<Integer, Long> map = series.computeIfAbsent(q, k -> new TreeMap<>());
		for (int i = 0; i < values.length; i++) {
			map.put(FIRST_YEAR + i, values[i]);
		}
		return this;
	}

	Profile point(Quantity q, int year, long value) {
		points.computeIfAbsent(q, k -> new TreeMap<>()).put(year, value);
		return this;
	}

	Profile district(Quantity q, int year, String districtCode, long value) {
		districts.computeIfAbsent(q, k -> new TreeMap<>())
			.computeIfAbsent(year, k -> new TreeMap<>())
			.put(districtCode, value);
		return this;
	}

	Profile rate(Rate rate, double in2015, double in2025) {
		rates.put(rate, new double[] { in2015, in2025 });
		return this;
	}

	Profile ratePoint(Rate rate, int year, double value) {
		ratePoints.computeIfAbsent(rate, k -> new TreeMap<>()).put(year, value);
		return this;
	}

	/** The province total of a quantity in a year, or null when not fixed. */
	Long total(Quantity q, int year, long seed) {
		Map<Integer, Long> p = points.get(q);
		if (p != null && p.containsKey(year)) {
			return p.get(year);
		}
		TreeMap<Integer, Long> s = series.get(q);
		if (s == null) {
			return null;
		}
		if (s.containsKey(year)) {
			return s.get(year);
		}
		var below = s.floorEntry(year);
		var above = s.ceilingEntry(year);
		if (below == null || above == null) {
			return null;
		}
		double t = (double) (year - below.getKey()) / (above.getKey() - below.getKey());
		double value = below.getValue() + t * (above.getValue() - below.getValue());
		// Off the anchors a series wobbles a little, as real yearly figures do.
		double noise = 1.0 + 0.006 * Seeds.normal(seed, provinceCode, q, year, "series");
		return Math.round(value * noise);
	}

	/** The largest total of q fixed for any year (0 if none). */
	long maxTotal(Quantity q) {
		long max = 0;
		if (points.containsKey(q)) {
			max = points.get(q).values().stream().mapToLong(Long::longValue).max().orElse(0);
		}
		if (series.containsKey(q)) {
			max = Math.max(max, series.get(q).values().stream().mapToLong(Long::longValue).max().orElse(0));
		}
		return max;
	}

	Map<String, Long> districtTotals(Quantity q, int year) {
		var byYear = districts.get(q);
		if (byYear == null || !byYear.containsKey(year)) {
			return Collections.emptyMap();
		}
		return byYear.get(year);
	}

	boolean hasDistrictTotals(Quantity q) {
		return districts.containsKey(q);
	}

	/** All districts that carry a fixed total of q in any year. */
	Map<String, Long> maxDistrictTotals(Quantity q) {
		Map<String, Long> max = new TreeMap<>();
		var byYear = districts.get(q);
		if (byYear != null) {
			byYear.values().forEach(m -> m.forEach((d, v) -> max.merge(d, v, Math::max)));
		}
		return max;
	}

	boolean hasRatePoint(Rate rate, int year) {
		return ratePoints.containsKey(rate) && ratePoints.get(rate).containsKey(year);
	}

	/** The rate to steer towards: exact where fixed, otherwise a trend with noise. */
	double rate(Rate rate, int year, long seed, double default2015, double default2025) {
		if (hasRatePoint(rate, year)) {
			return ratePoints.get(rate).get(year);
		}
		double[] ends = rates.getOrDefault(rate, new double[] { default2015, default2025 });
		double t = (double) (year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR);
		double value = ends[0] + t * (ends[1] - ends[0]);
		// Noise in proportion to the room left (to 0 or to 100 %), so low and high rates
		// wobble alike.
		double noise = 0.05 * Math.min(value, 1.0 - value) * Seeds.normal(seed, provinceCode, rate, year, "rate");
		return Math.min(0.9995, Math.max(0.005, value + noise));
	}

}
