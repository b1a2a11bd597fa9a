package org.waymark.infra.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One running {@link EmbeddedServices} per data directory, across processes and within one. */
final class DataDirLock {

  static final String FILE_NAME = ".embedded-services.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DataDirLock acquire(Path dataDir) {
    FileChannel channel = null;
    try {
      Files.createDirectories(dataDir);
      channel =
          FileChannel.open(
              dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return new DataDirLock(channel, lock);
      }
    } catch (OverlappingFileLockException e) {
      // Held by another EmbeddedServices in this JVM: reported below.
    } catch (IOException e) {
      closeQuietly(channel);
      throw new EmbeddedServicesException("Cannot lock the data directory " + dataDir, e);
    }
    closeQuietly(channel);
    throw new EmbeddedServicesException(
        "The data directory "
            + dataDir
            + " is in use by other running embedded services; stop them or use another directory");
  }

  void release() {
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel below releases it as well.
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Nothing left to do with it.
      }
    }
  }
}
