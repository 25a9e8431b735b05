package vn.edu2030.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The release folder: run ids, their order, the latest pointer, retention. */
class ReleasesTest {

	@TempDir
	Path dir;

	@Test
	void runIdIsUtcTimeThenLoadId() {
		assertThat(Releases.runId(Instant.parse("2026-11-23T02:15:00Z"), 42)).isEqualTo("20261123T021500Z-load42");
		assertThat(Releases.isRunId("20261123T021500Z-load42")).isTrue();
		assertThat(Releases.isRunId(".20261123T021500Z-load42.partial")).isFalse();
		assertThat(Releases.isRunId("latest")).isFalse();
	}

	@Test
	void orderIsByTimeThenByLoadIdAsANumber() {
		List<String> ids = new ArrayList<>(List.of("20261123T021500Z-load10", "20261124T021500Z-load1",
				"20261123T021500Z-load9", "20261122T235959Z-load200"));
		ids.sort(Releases.OLDEST_FIRST);
		assertThat(ids).containsExactly("20261122T235959Z-load200", "20261123T021500Z-load9", "20261123T021500Z-load10",
				"20261124T021500Z-load1");
	}

	@Test
	void aReleaseAppearsWholeAndLatestIsReplacedAtomically() throws Exception {
		Releases releases = new Releases(dir);
		String first = release(releases, "20261123T021500Z-load1");
		assertThat(Files.isSymbolicLink(dir.resolve("latest"))).isTrue();
		assertThat(Files.readSymbolicLink(dir.resolve("latest"))).isEqualTo(Path.of(first));
		assertThat(Files.readString(dir.resolve("LATEST"), StandardCharsets.UTF_8)).isEqualTo(first + "\n");
		String second = release(releases, "20261124T021500Z-load2");
		assertThat(Files.readSymbolicLink(dir.resolve("latest"))).isEqualTo(Path.of(second));
		assertThat(dir.resolve("latest/manifest.json")).hasContent(second);
		assertThat(releases.latest()).contains(second);
		assertThat(releases.list()).containsExactly(first, second);
		try (var entries = Files.list(dir)) {
			assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(first, second, "latest",
					"LATEST");
		}
	}

	@Test
	void latestFallsBackToTheTextFile() throws Exception {
		Releases releases = new Releases(dir);
		String id = release(releases, "20261123T021500Z-load1");
		Files.delete(dir.resolve("latest"));
		assertThat(releases.latest()).contains(id);
	}

	@Test
	void pointingAtAMissingReleaseIsRefused() {
		assertThatThrownBy(() -> new Releases(dir).pointLatestAt("20261123T021500Z-load1"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void pruneKeepsTheNewestAndNeverTheOneLatestPointsTo() throws Exception {
		Releases releases = new Releases(dir);
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			ids.add(release(releases, "2026112" + i + "T021500Z-load" + i));
		}
		// An operator rolled back to the oldest release.
		releases.pointLatestAt(ids.get(0));
		Releases.Pruned pruned = releases.prune(2);
		assertThat(pruned.kept()).containsExactly(ids.get(0), ids.get(3), ids.get(4));
		assertThat(pruned.removed()).containsExactly(ids.get(1), ids.get(2));
		assertThat(releases.list()).containsExactly(ids.get(0), ids.get(3), ids.get(4));
		assertThat(dir.resolve(ids.get(1))).doesNotExist();
		// Folders that are not releases are left alone.
		Files.createDirectories(dir.resolve("notes"));
		releases.pointLatestAt(ids.get(4));
		assertThat(releases.prune(1).removed()).containsExactly(ids.get(0), ids.get(3));
		assertThat(dir.resolve("notes")).isDirectory();
	}

	@Test
	void leftoversOfAStoppedExportAreRemoved() throws Exception {
		Releases releases = new Releases(dir);
		Path partial = releases.createPartial("20261123T021500Z-load1");
		Files.createDirectories(partial.resolve("dim_unit"));
		Files.writeString(partial.resolve("dim_unit/data_0.parquet"), "half");
		assertThat(releases.list()).isEmpty();
		releases.removeLeftoverPartials();
		assertThat(partial).doesNotExist();
	}

	private static String release(Releases releases, String id) throws Exception {
		Path partial = releases.createPartial(id);
		Files.writeString(partial.resolve("manifest.json"), id);
		releases.complete(id);
		releases.pointLatestAt(id);
		return id;
	}

}
