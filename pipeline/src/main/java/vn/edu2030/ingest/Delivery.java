package vn.edu2030.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

import vn.edu2030.common.SchoolYear;

/**
 * One delivered file: its feed, the school year and delivery date its name states, its
 * content as one pass read it: its SHA-256 (the identity that decides whether it was seen
 * before), its line feeds, and whether it is plain text for the bulk readers.
 */
public record Delivery(Feed feed, Path path, String fileName, SchoolYear schoolYear, LocalDate deliveredOn,
		String extension, long sizeBytes, DeliveryScanner.Content content) {

	public String sha256() {
		return content.sha256();
	}

}
