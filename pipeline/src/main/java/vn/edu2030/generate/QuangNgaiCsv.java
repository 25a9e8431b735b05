package vn.edu2030.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.edu2030.generate.internal.DelimitedWriter;
import vn.edu2030.generate.internal.VietnameseNumbers;

/**
 * Feed 1 (former Quảng Ngãi): one line per commune × indicator × disaggregation, ';'
 * separated, Vietnamese numbers, UTF-8 with a BOM, CRLF (an Excel export).
 */
final class QuangNgaiCsv {

	static final String[] HEADER = { "nam_hoc", "ma_xa", "ten_xa", "chi_tieu", "phan_to", "tu_so", "mau_so",
			"gia_tri" };

	/**
	 * How one delivery spells the school year and the disaggregations, and whether it
	 * prints the rate beside numerator and denominator (gia_tri is optional for rates).
	 */
	record Style(String schoolYear, Map<String, String> disaggregations, boolean rateValues) {

		static final Map<String, String> WORDS = Map.of("all", "Tất cả", "ethnic_minority", "Dân tộc thiểu số",
				"female", "Nữ", "private", "Ngoài công lập");

		static final Map<String, String> SHORT = Map.of("all", "Tất cả", "ethnic_minority", "DTTS", "female", "Nữ",
				"private", "Ngoài công lập");

		static final Map<String, String> CODES = Map.of("all", "all", "ethnic_minority", "ethnic_minority", "female",
				"female", "private", "private");

	}

	/** One line as it will be written, with what it stands for. */
	static final class Line {

		final String[] fields;

		final String areaCode;

		final FeedIndicator indicator;

		long number;

		Line(String[] fields, String areaCode, FeedIndicator indicator) {
			this.fields = fields;
			this.areaCode = areaCode;
			this.indicator = indicator;
		}

		Line copy() {
			return new Line(fields.clone(), areaCode, indicator);
		}

	}

	private QuangNgaiCsv() {
	}

	static List<Line> lines(Figures f, Style style) {
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < f.areas().size(); i++) {
			Area a = f.areas().get(i);
			for (FeedIndicator fi : FeedIndicator.ALL) {
				if (fi.deliveredFor(f, i)) {
					lines.add(new Line(fields(f, i, fi, style), a.code(), fi));
				}
			}
		}
		return lines;
	}

	static String[] fields(Figures f, int i, FeedIndicator fi, Style style) {
		Area a = f.areas().get(i);
		String label = style.disaggregations().get(fi.disaggregation());
		if (fi.isRate()) {
			long num = f.get(fi.numerator(), i);
			long den = f.get(fi.denominator(), i);
			return new String[] { style.schoolYear(), a.code(), a.name(), fi.indicator(), label,
					VietnameseNumbers.integer(num), VietnameseNumbers.integer(den),
					style.rateValues() ? VietnameseNumbers.percent(num, den) : "" };
		}
		return new String[] { style.schoolYear(), a.code(), a.name(), fi.indicator(), label, "", "",
				VietnameseNumbers.integer(f.get(fi.value(), i)) };
	}

	/** Writes the lines and numbers them (the header is line 1). */
	static void write(Path file, List<Line> lines) throws IOException {
		try (DelimitedWriter w = new DelimitedWriter(file, ';', true, "\r\n")) {
			w.write(HEADER);
			for (Line line : lines) {
				line.number = w.write(line.fields);
			}
		}
	}

}
