package vn.edu2030.nightly;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on {@code <home>/nightly.lock}, held for a whole run so that two runs
 * never overlap, in this process or another. The operating system releases it if the
 * process dies, so a crashed run never leaves a stale lock behind.
 */
public final class NightlyLock implements AutoCloseable {

	/**
	 * Lock files this process holds. The operating system's lock belongs to the process,
	 * and closing any channel on the file releases it: a second attempt from this process
	 * must be refused here, before it opens (and closes) a channel of its own.
	 */
	private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

	private final Path file;

	private final FileChannel channel;

	private final FileLock lock;

	private NightlyLock(Path file, FileChannel channel, FileLock lock) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
	}

	/** Thrown by a run that finds the lock held by another run. */
	public static final class HeldException extends IllegalStateException {

		public HeldException(Path home) {
			super("another nightly run holds the lock (" + home.resolve("nightly.lock") + ")");
		}

	}

	/** Takes the lock, or returns null when another run holds it. */
	public static NightlyLock tryAcquire(Path home) throws IOException {
		Files.createDirectories(home);
		Path file = home.toRealPath().resolve("nightly.lock");
		if (!HELD_HERE.add(file)) {
			return null;
		}
		FileChannel channel = null;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock != null) {
				return new NightlyLock(file, channel, lock);
			}
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(channel, ex);
			HELD_HERE.remove(file);
			throw ex;
		}
		channel.close();
		HELD_HERE.remove(file);
		return null;
	}

	private static void closeQuietly(FileChannel channel, Exception cause) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				cause.addSuppressed(ex);
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			lock.release();
		}
		finally {
			try {
				channel.close();
			}
			finally {
				HELD_HERE.remove(file);
			}
		}
	}

}
