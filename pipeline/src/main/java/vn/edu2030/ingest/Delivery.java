package vn.edu2030.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

import vn.edu2030.common.SchoolYear;

/**
 * One delivered file: its feed, the school year and delivery date its name states, and
 * its SHA-256 (the identity that decides whether it was seen before).
 */
public record Delivery(Feed feed, Path path, String fileName, SchoolYear schoolYear, LocalDate deliveredOn,
		String extension, long sizeBytes, String sha256) {

}
