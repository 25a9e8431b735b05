package vn.edu2030.generate.internal;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal, streaming XLSX (OOXML SpreadsheetML) writer: content types, relationships,
 * workbook, styles, one worksheet per sheet written row by row, and the shared strings
 * table Excel uses for text. Sheets are streamed into the zip as they are written; only
 * the distinct strings are kept in memory. Entries carry a fixed timestamp so the same
 * content gives the same bytes.
 */
public final class XlsxWriter implements Closeable {

	/** Cell styles of styles.xml: 0 plain, 1 bold centred header, 2 integer "#,##0". */
	public static final int PLAIN = 0;

	public static final int HEADER = 1;

	public static final int INTEGER = 2;

	private static final LocalDateTime STAMP = LocalDateTime.of(2025, 1, 1, 0, 0);

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

	/** A cell: text (shared string), a number, or empty (null). */
	public record Cell(String text, Long number, int style) {

		public static Cell text(String text, int style) {
			return new Cell(text, null, style);
		}

		public static Cell number(long number) {
			return new Cell(null, number, INTEGER);
		}

		public static Cell empty() {
			return new Cell(null, null, PLAIN);
		}

	}

	private final ZipOutputStream zip;

	private final Writer xml;

	private final List<String> sheetNames;

	private final Map<String, Integer> strings = new LinkedHashMap<>();

	private long stringReferences;

	private int sheet;

	private int rowNumber;

	public XlsxWriter(OutputStream out, List<String> sheetNames) throws IOException {
		this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		// The writer must not close the zip when a part ends.
		this.xml = new OutputStreamWriter(new FilterOutputStream(zip) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out().write(b, off, len);
			}

			@Override
			public void close() {
			}

			private OutputStream out() {
				return this.out;
			}
		}, StandardCharsets.UTF_8);
		this.sheetNames = List.copyOf(sheetNames);
		part("[Content_Types].xml", contentTypes());
		part("_rels/.rels", "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
				+ "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
		part("xl/workbook.xml", workbook());
		part("xl/_rels/workbook.xml.rels", workbookRels());
		part("xl/styles.xml", STYLES);
	}

	/**
	 * Starts the next sheet.
	 * @param rows rows it will have (for the dimension)
	 * @param widths column widths in characters
	 * @param frozenRows header rows kept in view
	 */
	public void startSheet(int rows, double[] widths, int frozenRows) throws IOException {
		sheet++;
		rowNumber = 0;
		begin("xl/worksheets/sheet" + sheet + ".xml");
		StringBuilder sb = new StringBuilder();
		sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
		sb.append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL).append("\">");
		sb.append("<dimension ref=\"A1:").append(column(widths.length - 1)).append(Math.max(1, rows)).append("\"/>");
		sb.append("<sheetViews><sheetView workbookViewId=\"0\"");
		if (sheet == 1) {
			sb.append(" tabSelected=\"1\"");
		}
		sb.append(">");
		if (frozenRows > 0) {
			sb.append("<pane ySplit=\"")
				.append(frozenRows)
				.append("\" topLeftCell=\"A")
				.append(frozenRows + 1)
				.append("\" activePane=\"bottomLeft\" state=\"frozen\"/>");
		}
		sb.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
		for (int c = 0; c < widths.length; c++) {
			sb.append("<col min=\"")
				.append(c + 1)
				.append("\" max=\"")
				.append(c + 1)
				.append("\" width=\"")
				.append(widths[c])
				.append("\" customWidth=\"1\"/>");
		}
		sb.append("</cols><sheetData>");
		xml.write(sb.toString());
	}

	public void row(List<Cell> cells) throws IOException {
		rowNumber++;
		StringBuilder sb = new StringBuilder(64 + cells.size() * 24);
		sb.append("<row r=\"").append(rowNumber).append("\">");
		for (int c = 0; c < cells.size(); c++) {
			Cell cell = cells.get(c);
			String ref = column(c) + rowNumber;
			if (cell.text() != null) {
				sb.append("<c r=\"").append(ref).append("\" s=\"").append(cell.style()).append("\" t=\"s\"><v>");
				sb.append(stringIndex(cell.text())).append("</v></c>");
			}
			else if (cell.number() != null) {
				sb.append("<c r=\"").append(ref).append("\" s=\"").append(cell.style()).append("\"><v>");
				sb.append(cell.number()).append("</v></c>");
			}
			else if (cell.style() != PLAIN) {
				sb.append("<c r=\"").append(ref).append("\" s=\"").append(cell.style()).append("\"/>");
			}
		}
		sb.append("</row>");
		xml.write(sb.toString());
	}

	/** Ends the sheet; mergeRefs are ranges such as "D1:F1". */
	public void endSheet(List<String> mergeRefs) throws IOException {
		StringBuilder sb = new StringBuilder("</sheetData>");
		if (!mergeRefs.isEmpty()) {
			sb.append("<mergeCells count=\"").append(mergeRefs.size()).append("\">");
			for (String ref : mergeRefs) {
				sb.append("<mergeCell ref=\"").append(ref).append("\"/>");
			}
			sb.append("</mergeCells>");
		}
		sb.append(
				"<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
		sb.append("</worksheet>");
		xml.write(sb.toString());
		end();
	}

	@Override
	public void close() throws IOException {
		StringBuilder sb = new StringBuilder();
		sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
		sb.append("<sst xmlns=\"")
			.append(MAIN)
			.append("\" count=\"")
			.append(stringReferences)
			.append("\" uniqueCount=\"")
			.append(strings.size())
			.append("\">");
		for (String s : strings.keySet()) {
			boolean preserve = !s.equals(s.strip()) || s.contains("  ");
			sb.append(preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>").append(escape(s)).append("</t></si>");
		}
		sb.append("</sst>");
		part("xl/sharedStrings.xml", sb.toString());
		zip.finish();
		zip.close();
	}

	public static String column(int index) {
		StringBuilder sb = new StringBuilder();
		int i = index + 1;
		while (i > 0) {
			int rem = (i - 1) % 26;
			sb.insert(0, (char) ('A' + rem));
			i = (i - 1) / 26;
		}
		return sb.toString();
	}

	private int stringIndex(String s) {
		stringReferences++;
		return strings.computeIfAbsent(s, k -> strings.size());
	}

	private void part(String name, String content) throws IOException {
		begin(name);
		xml.write(content);
		end();
	}

	private void begin(String name) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTimeLocal(STAMP);
		zip.putNextEntry(entry);
	}

	private void end() throws IOException {
		xml.flush();
		zip.closeEntry();
	}

	private String contentTypes() {
		StringBuilder sb = new StringBuilder();
		sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
		sb.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
		sb.append(
				"<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
		sb.append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
		sb.append(
				"<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
		for (int i = 1; i <= sheetNames.size(); i++) {
			sb.append("<Override PartName=\"/xl/worksheets/sheet")
				.append(i)
				.append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
		}
		sb.append(
				"<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
		sb.append(
				"<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
		sb.append("</Types>");
		return sb.toString();
	}

	private String workbook() {
		StringBuilder sb = new StringBuilder();
		sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
		sb.append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL).append("\"><sheets>");
		for (int i = 0; i < sheetNames.size(); i++) {
			sb.append("<sheet name=\"")
				.append(escape(sheetNames.get(i)))
				.append("\" sheetId=\"")
				.append(i + 1)
				.append("\" r:id=\"rId")
				.append(i + 1)
				.append("\"/>");
		}
		sb.append("</sheets></workbook>");
		return sb.toString();
	}

	private String workbookRels() {
		List<String> rels = new ArrayList<>();
		for (int i = 1; i <= sheetNames.size(); i++) {
			rels.add("<Relationship Id=\"rId" + i + "\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet" + i
					+ ".xml\"/>");
		}
		int n = sheetNames.size();
		rels.add("<Relationship Id=\"rId" + (n + 1) + "\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>");
		rels.add("<Relationship Id=\"rId" + (n + 2) + "\" Type=\"" + REL
				+ "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"" + PKG_REL
				+ "\">" + String.join("", rels) + "</Relationships>";
	}

	static String escape(String s) {
		StringBuilder sb = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '&' -> sb.append("&amp;");
				case '<' -> sb.append("&lt;");
				case '>' -> sb.append("&gt;");
				case '"' -> sb.append("&quot;");
				default -> {
					if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
						continue;
					}
					sb.append(c);
				}
			}
		}
		return sb.toString();
	}

	private static final String STYLES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
			<fonts count="2"><font><sz val="11"/><name val="Times New Roman"/><family val="1"/></font>\
			<font><b/><sz val="11"/><name val="Times New Roman"/><family val="1"/></font></fonts>\
			<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
			<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
			<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
			<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
			<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">\
			<alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
			<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
			<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
			</styleSheet>""";

}
