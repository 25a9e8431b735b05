package vn.edu2030.generate;

import java.util.List;

/** Every {@link Quantity} of every area of one former province in one school year. */
public final class Figures {

	private final List<Area> areas;

	private final int year;

	private final long[][] values;

	Figures(List<Area> areas, int year) {
		this.areas = areas;
		this.year = year;
		this.values = new long[Quantity.values().length][areas.size()];
	}

	public List<Area> areas() {
		return areas;
	}

	public int year() {
		return year;
	}

	public long get(Quantity q, int area) {
		return values[q.ordinal()][area];
	}

	long[] of(Quantity q) {
		return values[q.ordinal()];
	}

	void set(Quantity q, long[] v) {
		if (v.length != areas.size()) {
			throw new IllegalArgumentException(q + ": " + v.length + " values for " + areas.size() + " areas");
		}
		values[q.ordinal()] = v;
	}

	void set(Quantity q, int area, long v) {
		values[q.ordinal()][area] = v;
	}

	public long sum(Quantity q) {
		long s = 0;
		for (long v : values[q.ordinal()]) {
			s += v;
		}
		return s;
	}

}
