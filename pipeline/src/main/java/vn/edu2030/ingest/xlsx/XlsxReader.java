package vn.edu2030.ingest.xlsx;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A streaming reader for the sheets of an XLSX workbook, with no dependency beyond the
 * JDK and no trust in the file: DTDs and external entities are refused (XXE, billion
 * laughs), every part is read through a byte budget (zip bombs: total and per-part
 * uncompressed size, compression ratio), and rows are handed out one at a time so a sheet
 * is never held in memory. Shared strings are kept (Excel stores each distinct text
 * once), bounded by the same budget.
 */
public final class XlsxReader implements Closeable {

	/** Limits on what a workbook may expand to. */
	public record Limits(long maxPartBytes, long maxTotalBytes, int maxCompressionRatio) {

		public static final Limits DEFAULT = new Limits(512L << 20, 2L << 30, 200);

	}

	/**
	 * One sheet row: 1-based row number, cell texts by 0-based column index, and which of
	 * them were typed as text (the others are numbers, written with a decimal point
	 * whatever the locale).
	 */
	public record Row(int number, Map<Integer, String> cells, java.util.Set<Integer> textCells) {

		public String cell(int column) {
			return cells.get(column);
		}

		public boolean isText(int column) {
			return textCells.contains(column);
		}

		/** The row as text for messages: cell values separated by ';'. */
		public String raw() {
			int last = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
			StringBuilder b = new StringBuilder();
			for (int i = 0; i <= last; i++) {
				b.append(i == 0 ? "" : ";").append(cells.getOrDefault(i, ""));
			}
			return b.toString();
		}

	}

	/** What a row callback may throw. */
	@FunctionalInterface
	public interface RowHandler {

		void row(Row row) throws IOException;

	}

	private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private final ZipFile zip;

	private final Path file;

	private final Limits limits;

	private final XMLInputFactory xml;

	private long bytesRead;

	private List<String> sharedStrings;

	private Map<String, String> sheetParts;

	public XlsxReader(Path file, Limits limits) throws IOException {
		this.file = file;
		this.limits = limits;
		try {
			this.zip = new ZipFile(file.toFile());
		}
		catch (IOException ex) {
			throw new XlsxFormatException(file + ": not a readable XLSX (zip) file: " + ex.getMessage());
		}
		this.xml = XMLInputFactory.newFactory();
		xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
	}

	/** Sheet names in workbook order. */
	public List<String> sheetNames() throws IOException {
		return new ArrayList<>(sheets().keySet());
	}

	/** Streams the rows of one sheet (rows with no cell are skipped). */
	public void readSheet(String sheetName, RowHandler handler) throws IOException {
		String part = sheets().get(sheetName);
		if (part == null) {
			throw new XlsxFormatException(file + ": no sheet named '" + sheetName + "'");
		}
		List<String> strings = sharedStrings();
		try (InputStream in = open(part)) {
			XMLStreamReader r = reader(in, part);
			Map<Integer, String> cells = new HashMap<>();
			java.util.Set<Integer> textCells = new java.util.HashSet<>();
			int rowNumber = 0;
			String cellType = null;
			int column = -1;
			StringBuilder text = null;
			boolean inValue = false;
			while (r.hasNext()) {
				int event = r.next();
				if (event == XMLStreamConstants.DTD) {
					throw new XlsxFormatException(file + ": " + part + " declares a DTD (refused)");
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (r.getLocalName()) {
						case "row" -> {
							cells = new HashMap<>();
							textCells = new java.util.HashSet<>();
							String n = r.getAttributeValue(null, "r");
							rowNumber = n == null ? rowNumber + 1 : Integer.parseInt(n);
						}
						case "c" -> {
							cellType = r.getAttributeValue(null, "t");
							String ref = r.getAttributeValue(null, "r");
							column = ref == null ? column + 1 : columnIndex(ref);
							text = new StringBuilder();
						}
						case "v", "t" -> inValue = text != null;
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.CHARACTERS && inValue) {
					text.append(r.getText());
				}
				else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
					throw new XlsxFormatException(file + ": " + part + " uses an entity reference (refused)");
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					switch (r.getLocalName()) {
						case "v", "t" -> inValue = false;
						case "c" -> {
							if (text != null && !text.isEmpty()) {
								String value = text.toString();
								if ("s".equals(cellType)) {
									int index = Integer.parseInt(value.strip());
									if (index < 0 || index >= strings.size()) {
										throw new XlsxFormatException(file + ": " + part + " row " + rowNumber
												+ " refers to shared string " + index + " of " + strings.size());
									}
									value = strings.get(index);
								}
								cells.put(column, value);
								if (cellType != null && !cellType.equals("n")) {
									textCells.add(column);
								}
							}
							text = null;
						}
						case "row" -> {
							if (!cells.isEmpty()) {
								handler.row(new Row(rowNumber, cells, textCells));
							}
						}
						default -> {
						}
					}
				}
			}
		}
		catch (XMLStreamException ex) {
			throw new XlsxFormatException(file + ": " + part + " is not well-formed XML (truncated or damaged?): "
					+ ex.getMessage().lines().findFirst().orElse(""));
		}
	}

	private Map<String, String> sheets() throws IOException {
		if (sheetParts != null) {
			return sheetParts;
		}
		Map<String, String> relTargets = new HashMap<>();
		try (InputStream in = open("xl/_rels/workbook.xml.rels")) {
			XMLStreamReader r = reader(in, "xl/_rels/workbook.xml.rels");
			while (r.hasNext()) {
				if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
					String target = r.getAttributeValue(null, "Target");
					target = target.startsWith("/") ? target.substring(1) : "xl/" + target;
					relTargets.put(r.getAttributeValue(null, "Id"), target);
				}
			}
		}
		catch (XMLStreamException ex) {
			throw new XlsxFormatException(file + ": damaged workbook relationships: " + ex.getMessage());
		}
		Map<String, String> parts = new LinkedHashMap<>();
		try (InputStream in = open("xl/workbook.xml")) {
			XMLStreamReader r = reader(in, "xl/workbook.xml");
			while (r.hasNext()) {
				if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
					String id = r.getAttributeValue(REL_NS, "id");
					parts.put(r.getAttributeValue(null, "name"), relTargets.get(id));
				}
			}
		}
		catch (XMLStreamException ex) {
			throw new XlsxFormatException(file + ": damaged workbook.xml: " + ex.getMessage());
		}
		sheetParts = parts;
		return parts;
	}

	private List<String> sharedStrings() throws IOException {
		if (sharedStrings != null) {
			return sharedStrings;
		}
		List<String> strings = new ArrayList<>();
		if (zip.getEntry("xl/sharedStrings.xml") != null) {
			try (InputStream in = open("xl/sharedStrings.xml")) {
				XMLStreamReader r = reader(in, "xl/sharedStrings.xml");
				StringBuilder current = null;
				boolean inText = false;
				while (r.hasNext()) {
					int event = r.next();
					if (event == XMLStreamConstants.START_ELEMENT) {
						if (r.getLocalName().equals("si")) {
							current = new StringBuilder();
						}
						else if (r.getLocalName().equals("t")) {
							inText = true;
						}
					}
					else if (event == XMLStreamConstants.CHARACTERS && inText && current != null) {
						current.append(r.getText());
					}
					else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
						throw new XlsxFormatException(file + ": sharedStrings.xml uses an entity reference (refused)");
					}
					else if (event == XMLStreamConstants.END_ELEMENT) {
						if (r.getLocalName().equals("t")) {
							inText = false;
						}
						else if (r.getLocalName().equals("si") && current != null) {
							strings.add(current.toString());
							current = null;
						}
					}
				}
			}
			catch (XMLStreamException ex) {
				throw new XlsxFormatException(file + ": damaged sharedStrings.xml: " + ex.getMessage());
			}
		}
		sharedStrings = strings;
		return strings;
	}

	private XMLStreamReader reader(InputStream in, String part) throws XlsxFormatException {
		try {
			return xml.createXMLStreamReader(in, "UTF-8");
		}
		catch (XMLStreamException ex) {
			throw new XlsxFormatException(file + ": cannot read " + part + ": " + ex.getMessage());
		}
	}

	/** Opens a part through the size budget; a part that expands beyond it is refused. */
	private InputStream open(String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			throw new XlsxFormatException(file + ": not an XLSX workbook (missing " + name + ")");
		}
		long compressed = Math.max(1, entry.getCompressedSize());
		if (entry.getSize() > limits.maxPartBytes
				|| (entry.getSize() > (1 << 20) && entry.getSize() / compressed > limits.maxCompressionRatio)) {
			throw new XlsxFormatException(file + ": " + name + " would expand to " + entry.getSize() + " bytes from "
					+ entry.getCompressedSize() + " (zip bomb?)");
		}
		InputStream raw = zip.getInputStream(entry);
		return new FilterInputStream(raw) {
			long part;

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					count(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0) {
					count(n);
				}
				return n;
			}

			private void count(int n) throws XlsxFormatException {
				part += n;
				bytesRead += n;
				// The sizes in the zip directory can lie: count what really comes out.
				if (part > limits.maxPartBytes || (part > (1 << 20) && part / compressed > limits.maxCompressionRatio)
						|| bytesRead > limits.maxTotalBytes) {
					throw new XlsxFormatException(file + ": " + name + " expands beyond the allowed size (zip bomb?)");
				}
			}
		};
	}

	/** "AB12" → 27 (0-based column). */
	static int columnIndex(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			}
			else {
				break;
			}
		}
		return column - 1;
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}

	/** The workbook is damaged, hostile or not a workbook at all. */
	public static final class XlsxFormatException extends IOException {

		public XlsxFormatException(String message) {
			super(message);
		}

	}

}
