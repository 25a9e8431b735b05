package vn.edu2030.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.edu2030.generate.internal.XlsxWriter;
import vn.edu2030.generate.internal.XlsxWriter.Cell;
import vn.edu2030.reference.ReferenceFiles;
import vn.edu2030.reference.ReferenceFiles.Record;

/**
 * Feed 2 (former Kon Tum): one sheet per level, two header rows (the group label merged
 * across its columns, then the sub-labels), columns A–C STT / Huyện / Xã, then exactly
 * the (group, sub-label) columns of feed_columns_kon_tum.csv, one row per commune. A
 * level the commune does not have is "-", as in the statistics office's tables.
 */
final class KonTumWorkbook {

	static final List<String> SHEETS = List.of("Mầm non", "Tiểu học", "THCS", "THPT");

	/** One data column: its labels and the feed components it carries. */
	record Column(String sheet, String group, String sub, Quantity quantity, List<FeedIndicator> numeratorOf) {

	}

	/** One data row: a commune of a province-year, spelled as the delivery spells it. */
	record Row(Figures figures, int area, String district, String commune) {

	}

	/** Cells a delivery leaves empty (not reported). */
	interface Blanks {

		boolean blank(String sheet, Column column, Row row);

	}

	private KonTumWorkbook() {
	}

	static List<Column> columns(ReferenceFiles files) throws IOException {
		Map<String, Column> columns = new LinkedHashMap<>();
		for (Record r : files.read("feed_columns_kon_tum.csv")) {
			FeedIndicator fi = FeedIndicator.find(r.require("indicator_code"), r.require("disaggregation_code"));
			String component = r.require("component");
			Quantity q = fi.component(component);
			String key = r.require("sheet") + "|" + r.require("group_header") + "|" + r.require("sub_header");
			Column c = columns.computeIfAbsent(key, k -> new Column(r.require("sheet"), r.require("group_header"),
					r.require("sub_header"), q, new ArrayList<>()));
			if (c.quantity() != q) {
				throw new IllegalStateException(
						"feed_columns_kon_tum.csv: column " + key + " carries " + c.quantity() + " and " + q);
			}
			if (component.equals("numerator")) {
				c.numeratorOf().add(fi);
			}
		}
		return List.copyOf(columns.values());
	}

	static void write(OutputStream out, List<Column> columns, List<Row> rows, Blanks blanks) throws IOException {
		try (XlsxWriter xlsx = new XlsxWriter(out, SHEETS)) {
			for (String sheet : SHEETS) {
				List<Column> cols = columns.stream().filter(c -> c.sheet().equals(sheet)).toList();
				double[] widths = new double[3 + cols.size()];
				widths[0] = 5;
				widths[1] = 14;
				widths[2] = 18;
				for (int c = 3; c < widths.length; c++) {
					widths[c] = 11;
				}
				xlsx.startSheet(rows.size() + 2, widths, 2);
				List<Cell> top = new ArrayList<>(List.of(Cell.text("STT", XlsxWriter.HEADER),
						Cell.text("Huyện", XlsxWriter.HEADER), Cell.text("Xã", XlsxWriter.HEADER)));
				List<Cell> second = new ArrayList<>(List.of(header(), header(), header()));
				List<String> merges = new ArrayList<>(List.of("A1:A2", "B1:B2", "C1:C2"));
				int start = 0;
				for (int c = 0; c < cols.size(); c++) {
					boolean first = c == 0 || !cols.get(c - 1).group().equals(cols.get(c).group());
					top.add(first ? Cell.text(cols.get(c).group(), XlsxWriter.HEADER) : header());
					second.add(Cell.text(cols.get(c).sub(), XlsxWriter.HEADER));
					if (first) {
						start = c;
					}
					boolean last = c == cols.size() - 1 || !cols.get(c + 1).group().equals(cols.get(c).group());
					if (last && c > start) {
						merges.add(XlsxWriter.column(3 + start) + "1:" + XlsxWriter.column(3 + c) + "1");
					}
				}
				xlsx.row(top);
				xlsx.row(second);
				int stt = 0;
				for (Row row : rows) {
					List<Cell> cells = new ArrayList<>(cols.size() + 3);
					cells.add(Cell.number(++stt));
					cells.add(Cell.text(row.district(), XlsxWriter.PLAIN));
					cells.add(Cell.text(row.commune(), XlsxWriter.PLAIN));
					for (Column col : cols) {
						cells.add(blanks.blank(sheet, col, row) ? Cell.empty() : cell(col, row));
					}
					xlsx.row(cells);
				}
				xlsx.endSheet(merges);
			}
		}
	}

	private static Cell header() {
		return new Cell(null, null, XlsxWriter.HEADER);
	}

	private static Cell cell(Column col, Row row) {
		Figures f = row.figures();
		long v = f.get(col.quantity(), row.area());
		boolean rateDelivered = col.numeratorOf().stream().anyMatch(fi -> f.get(fi.denominator(), row.area()) > 0);
		if (v > 0 || rateDelivered) {
			return Cell.number(v);
		}
		return Cell.text("-", XlsxWriter.PLAIN);
	}

}
