package vn.edu2030.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folder housekeeping shared by the jobs. */
public final class Folders {

	private Folders() {
	}

	/**
	 * Deletes a folder and everything in it; nothing if it does not exist. A symbolic
	 * link inside is removed as a link: what it points to is left alone.
	 */
	public static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

}
