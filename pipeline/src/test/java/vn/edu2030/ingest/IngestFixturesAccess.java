package vn.edu2030.ingest;

import java.nio.file.Path;

/** Lets tests of other packages write the ingest fixtures. */
public final class IngestFixturesAccess {

	private IngestFixturesAccess() {
	}

	public static void write(Path incoming) throws Exception {
		IngestFixtures.write(incoming);
	}

}
