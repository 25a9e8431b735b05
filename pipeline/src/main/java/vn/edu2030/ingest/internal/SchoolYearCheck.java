package vn.edu2030.ingest.internal;

import java.io.IOException;

import vn.edu2030.common.SchoolYear;

/**
 * The school year a row states must be the one its delivery's name states. A delivery
 * repeats the same spelling on every row, so each spelling is parsed once.
 */
final class SchoolYearCheck {

	private final SchoolYear expected;

	private String lastText;

	private SchoolYear lastYear;

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
			if (!text.equals(lastText)) {
				lastYear = SchoolYear.parse(text);
				lastText = text;
			}
			year = lastYear;
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
