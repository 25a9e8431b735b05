package vn.edu2030.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small XLSX workbooks for tests, the way Excel stores them (shared strings,
 * merged header cells), and hostile ones: entity expansion, external entities, a zip
 * bomb, a truncated file.
 */
final class XlsxFixture {

	private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

	private final List<String> strings = new ArrayList<>();

	XlsxFixture sheet(String name, List<List<Object>> rows) {
		sheets.put(name, rows);
		return this;
	}

	void write(Path file) throws IOException {
		Map<String, String> parts = new LinkedHashMap<>();
		StringBuilder workbook = new StringBuilder(
				"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
						+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
		StringBuilder rels = new StringBuilder(
				"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
		int n = 0;
		for (var sheet : sheets.entrySet()) {
			n++;
			workbook.append("<sheet name=\"")
				.append(escape(sheet.getKey()))
				.append("\" sheetId=\"")
				.append(n)
				.append("\" r:id=\"rId")
				.append(n)
				.append("\"/>");
			rels.append("<Relationship Id=\"rId")
				.append(n)
				.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
						+ "Target=\"worksheets/sheet")
				.append(n)
				.append(".xml\"/>");
			parts.put("xl/worksheets/sheet" + n + ".xml", sheetXml(sheet.getValue()));
		}
		rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
				+ "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
		workbook.append("</sheets></workbook>");
		StringBuilder shared = new StringBuilder(
				"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
		for (String s : strings) {
			shared.append("<si><t>").append(escape(s)).append("</t></si>");
		}
		shared.append("</sst>");
		parts.put("xl/workbook.xml", workbook.toString());
		parts.put("xl/_rels/workbook.xml.rels", rels.toString());
		parts.put("xl/sharedStrings.xml", shared.toString());
		parts.put("[Content_Types].xml",
				"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
		zip(file, parts);
	}

	private String sheetXml(List<List<Object>> rows) {
		StringBuilder xml = new StringBuilder(
				"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		List<String> merges = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			xml.append("<row r=\"").append(r + 1).append("\">");
			List<Object> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				Object v = row.get(c);
				if (v == null) {
					continue;
				}
				String ref = column(c) + (r + 1);
				if (v instanceof Number number) {
					xml.append("<c r=\"").append(ref).append("\"><v>").append(number).append("</v></c>");
				}
				else {
					int index = strings.indexOf(v.toString());
					if (index < 0) {
						strings.add(v.toString());
						index = strings.size() - 1;
					}
					xml.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(index).append("</v></c>");
				}
				if (r == 0 && c >= 3) {
					// a group label spans to the next label: a merged range, as in the
					// feed
					int end = c + 1;
					while (end < row.size() && row.get(end) == null) {
						end++;
					}
					if (end - 1 > c) {
						merges.add(ref + ":" + column(end - 1) + "1");
					}
				}
			}
			xml.append("</row>");
		}
		xml.append("</sheetData>");
		if (!merges.isEmpty()) {
			xml.append("<mergeCells count=\"").append(merges.size()).append("\">");
			merges.forEach(m -> xml.append("<mergeCell ref=\"").append(m).append("\"/>"));
			xml.append("</mergeCells>");
		}
		return xml.append("</worksheet>").toString();
	}

	static String column(int index) {
		StringBuilder s = new StringBuilder();
		int i = index + 1;
		while (i > 0) {
			int rem = (i - 1) % 26;
			s.insert(0, (char) ('A' + rem));
			i = (i - 1) / 26;
		}
		return s.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	static void zip(Path file, Map<String, String> parts) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
	}

	/** A workbook whose sheet declares nested entities (billion laughs). */
	static void entityExpansion(Path file) throws IOException {
		String sheet = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
				+ "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
				+ "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>";
		zip(file, minimalWorkbook(sheet));
	}

	/** A workbook whose sheet reads a local file through an external entity (XXE). */
	static void externalEntity(Path file) throws IOException {
		String sheet = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
		zip(file, minimalWorkbook(sheet));
	}

	/**
	 * A workbook with a shared-strings part of 64 MB of blanks: compresses about 1000 to
	 * 1.
	 */
	static void zipBomb(Path file) throws IOException {
		Map<String, String> parts = minimalWorkbook("<worksheet xmlns=\"http://schemas.openxmlformats.org/"
				+ "spreadsheetml/2006/main\"><sheetData/></worksheet>");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			byte[] blanks = new byte[1 << 20];
			java.util.Arrays.fill(blanks, (byte) ' ');
			for (int i = 0; i < 64; i++) {
				zip.write(blanks);
			}
			zip.closeEntry();
		}
	}

	private static Map<String, String> minimalWorkbook(String sheetXml) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml",
				"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
		parts.put("xl/workbook.xml",
				"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
						+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
						+ "<sheet name=\"Mầm non\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
		parts.put("xl/_rels/workbook.xml.rels",
				"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
		parts.put("xl/worksheets/sheet1.xml", sheetXml);
		return parts;
	}

}
