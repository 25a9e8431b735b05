package vn.edu2030.ingest.internal;

import java.io.IOException;

import vn.edu2030.common.SchoolYear;

/**
 * The school year a row states must be the one its delivery's name states. A delivery
 * repeats the same spelling on every row, so each spelling is parsed once.
 */
final class SchoolYearCheck {

	private final SchoolYear expected;

	/** The last text parsed (safe to share: the bulk reader resolves on two threads). */
	private volatile Parsed last;

	private record Parsed(String text, SchoolYear year) {

	}

	SchoolYearCheck(SchoolYear expected) {
		this.expected = expected;
	}

	/**
	 * True when the row's year is the delivery's; otherwise the row is rejected with the
	 * reason.
	 */
	boolean accepts(String text, Staging staging, long record, long line, String indicator) throws IOException {
		String[] problem = problem(text);
		if (problem != null) {
			staging.reject(record, line, indicator, problem[0], problem[1]);
			return false;
		}
		return true;
	}

	/**
	 * Null when the text states the delivery's school year, else the reason code and the
	 * message.
	 */
	String[] problem(String text) {
		SchoolYear year;
		try {
			Parsed parsed = last;
			if (parsed == null || !parsed.text().equals(text)) {
				parsed = new Parsed(text, SchoolYear.parse(text));
				last = parsed;
			}
			year = parsed.year();
		}
		catch (IllegalArgumentException ex) {
			return new String[] { "unparseable_school_year", ex.getMessage() };
		}
		if (!year.equals(expected)) {
			return new String[] { "school_year_mismatch", "school year " + year + " in a delivery for " + expected };
		}
		return null;
	}

}
