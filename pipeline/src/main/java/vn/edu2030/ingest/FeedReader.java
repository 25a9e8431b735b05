package vn.edu2030.ingest;

import java.io.IOException;

import vn.edu2030.ingest.internal.ReferenceLookups;
import vn.edu2030.ingest.internal.Staging;

/**
 * Reads one delivery of a feed into the staging files: every fact component it finds, and
 * a reject (with line and reason) for every part it cannot take. Throws
 * {@link DeliveryRefusedException} when the file as a whole cannot be trusted.
 */
public interface FeedReader {

	void read(Delivery delivery, ReferenceLookups lookups, Staging staging) throws IOException;

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
