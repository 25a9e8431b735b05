package vn.edu2030.cli;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Prints a JDBC result as an aligned text table or as CSV. */
final class ResultPrinter {

	private ResultPrinter() {
	}

	/** Prints up to maxRows rows (0 = all); returns the number of rows in the result. */
	static long print(ResultSet rs, String format, long maxRows, PrintStream out) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		int columns = meta.getColumnCount();
		List<String[]> rows = new ArrayList<>();
		String[] header = new String[columns];
		for (int i = 0; i < columns; i++) {
			header[i] = meta.getColumnLabel(i + 1);
		}
		long total = 0;
		while (rs.next()) {
			total++;
			if (maxRows > 0 && total > maxRows) {
				continue;
			}
			String[] row = new String[columns];
			for (int i = 0; i < columns; i++) {
				Object value = rs.getObject(i + 1);
				row[i] = value == null ? "" : value.toString();
			}
			rows.add(row);
			if ("csv".equals(format)) {
				continue;
			}
		}
		if ("csv".equals(format)) {
			out.println(csvLine(header));
			rows.forEach(r -> out.println(csvLine(r)));
		}
		else {
			int[] widths = new int[columns];
			for (int i = 0; i < columns; i++) {
				widths[i] = header[i].codePointCount(0, header[i].length());
				for (String[] r : rows) {
					widths[i] = Math.max(widths[i], Math.min(60, r[i].codePointCount(0, r[i].length())));
				}
			}
			out.println(tableLine(header, widths));
			StringBuilder rule = new StringBuilder();
			for (int i = 0; i < columns; i++) {
				rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
			}
			out.println(rule);
			rows.forEach(r -> out.println(tableLine(r, widths)));
			out.println("(" + total + (total == 1 ? " row" : " rows")
					+ (maxRows > 0 && total > maxRows ? ", first " + maxRows + " shown" : "") + ")");
		}
		return total;
	}

	private static String tableLine(String[] cells, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			String cell = cells[i];
			if (cell.codePointCount(0, cell.length()) > widths[i]) {
				cell = cell.substring(0, cell.offsetByCodePoints(0, widths[i] - 1)) + "…";
			}
			int pad = widths[i] - cell.codePointCount(0, cell.length());
			line.append(i == 0 ? "" : " | ").append(cell).append(" ".repeat(Math.max(0, pad)));
		}
		return line.toString().stripTrailing();
	}

	private static String csvLine(String[] cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			String cell = cells[i];
			if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
				cell = '"' + cell.replace("\"", "\"\"") + '"';
			}
			line.append(i == 0 ? "" : ",").append(cell);
		}
		return line.toString();
	}

}
