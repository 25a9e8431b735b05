package vn.edu2030.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import vn.edu2030.ingest.internal.ReferenceLookups;
import vn.edu2030.ingest.internal.StagedDelivery;
import vn.edu2030.ingest.internal.Staging;

/**
 * Reads one delivery of a feed into staging: every fact it finds, and a reject (with line
 * and reason) for every part it cannot take. Throws {@link DeliveryRefusedException} when
 * the file as a whole cannot be trusted.
 */
public interface FeedReader {

	/**
	 * The streaming reader: works on any file of the feed, one record at a time, into the
	 * staging files.
	 */
	void read(Delivery delivery, ReferenceLookups lookups, Staging staging) throws IOException;

	/**
	 * The bulk reader: stages the delivery with DuckDB itself (the staging tables of
	 * {@link StagedDelivery}), with the same results as {@link #read}; empty when this
	 * file needs the streaming reader (this feed has no bulk reader, or the file is not
	 * plain enough: quoted fields, stray carriage returns, not UTF-8, …).
	 */
	default Optional<StagedDelivery> stage(Connection connection, Delivery delivery, ReferenceLookups lookups,
			Path folder) throws IOException, SQLException {
		return Optional.empty();
	}

	/**
	 * The whole file is refused: wrong encoding, truncated, hostile, not the shape of its
	 * feed.
	 */
	final class DeliveryRefusedException extends IOException {

		public DeliveryRefusedException(String message) {
			super(message);
		}

		public DeliveryRefusedException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
