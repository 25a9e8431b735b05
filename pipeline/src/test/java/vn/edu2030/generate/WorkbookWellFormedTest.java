package vn.edu2030.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every workbook is a well-formed OOXML package: each part parses with a namespace-aware
 * StAX reader (no DTD), the parts Excel needs are there, relationships point at parts
 * that exist, text is in the shared strings table, headers are merged with real
 * mergeCells, and entries carry a fixed timestamp.
 */
class WorkbookWellFormedTest {

	@Test
	void everyPartParsesAndThePackageHangsTogether() throws IOException, XMLStreamException {
		for (Path p : SampleFiles.files(SampleFiles.provinceSample().resolve("former-kon-tum"), "*.xlsx")) {
			try (ZipFile zip = new ZipFile(p.toFile())) {
				Set<String> names = new HashSet<>();
				for (ZipEntry e : Collections.list(zip.entries())) {
					names.add(e.getName());
					assertThat(e.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(2025, 1, 1, 0, 0));
					XMLStreamReader r = SampleFiles.stax().createXMLStreamReader(zip.getInputStream(e), "UTF-8");
					while (r.hasNext()) {
						assertThat(r.next()).isNotEqualTo(XMLStreamConstants.DTD);
					}
				}
				assertThat(names).contains("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
						"xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
						"xl/worksheets/sheet1.xml", "xl/worksheets/sheet4.xml");
				for (String target : attributes(zip, "xl/_rels/workbook.xml.rels", "Relationship", "Target")) {
					assertThat(names).contains("xl/" + target);
				}
				for (String part : attributes(zip, "[Content_Types].xml", "Override", "PartName")) {
					assertThat(names).contains(part.substring(1));
				}
				int strings = attributes(zip, "xl/sharedStrings.xml", "si", null).size();
				for (int s = 1; s <= 4; s++) {
					String sheet = "xl/worksheets/sheet" + s + ".xml";
					XMLStreamReader r = SampleFiles.stax()
						.createXMLStreamReader(zip.getInputStream(zip.getEntry(sheet)), "UTF-8");
					int declared = -1;
					int merges = 0;
					boolean sharedCell = false;
					while (r.hasNext()) {
						if (r.next() != XMLStreamConstants.START_ELEMENT) {
							continue;
						}
						assertThat(r.getNamespaceURI()).isEqualTo(SampleFiles.MAIN);
						switch (r.getLocalName()) {
							case "mergeCells" -> declared = Integer.parseInt(r.getAttributeValue(null, "count"));
							case "mergeCell" -> merges++;
							case "c" -> {
								if ("s".equals(r.getAttributeValue(null, "t"))) {
									sharedCell = true;
									r.nextTag();
									int index = Integer.parseInt(r.getElementText());
									assertThat(index).isBetween(0, strings - 1);
								}
								else {
									assertThat(r.getAttributeValue(null, "t")).isNull();
								}
							}
							default -> {
							}
						}
					}
					assertThat(declared).as(sheet + " mergeCells").isPositive().isEqualTo(merges);
					assertThat(sharedCell).isTrue();
				}
			}
		}
	}

	private static List<String> attributes(ZipFile zip, String part, String element, String attribute)
			throws IOException, XMLStreamException {
		List<String> out = new ArrayList<>();
		XMLStreamReader r = SampleFiles.stax().createXMLStreamReader(zip.getInputStream(zip.getEntry(part)), "UTF-8");
		while (r.hasNext()) {
			if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(element)) {
				out.add(attribute == null ? "" : r.getAttributeValue(null, attribute));
			}
		}
		return out;
	}

}
