package io.github.isms.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What the file system says of a file without reading it: its size, modification time, change
 * time (Unix ctime, where the file system has one) and identity (inode). Two equal stamps taken at
 * different times mean the file was not written in between, provided that the first was taken once
 * its modification time had settled (see {@link #settledBefore}).
 *
 * @param changed the change time, or null where the file system has none
 * @param key     the file's identity (device and inode), or null where there is none
 */
public record FileStamp(long size, FileTime modified, FileTime changed, Object key) {

    /**
     * Longer than the coarsest modification time a file system keeps (FAT's two seconds): a file
     * written again within its modification time's granularity keeps the same time, so a stamp is
     * trusted only once that time lies this far behind.
     */
    static final Duration GRANULARITY = Duration.ofSeconds(2);

    /** The file's stamp; one call to the file system. */
    public static FileStamp of(Path file) throws IOException {
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino,dev", LinkOption.NOFOLLOW_LINKS);
            return new FileStamp((Long) unix.get("size"), (FileTime) unix.get("lastModifiedTime"), (FileTime) unix.get("ctime"),
                    unix.get("dev") + ":" + unix.get("ino"));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new FileStamp(basic.size(), basic.lastModifiedTime(), null, basic.fileKey());
        }
    }

    /**
     * Whether a write at {@code now} or later would give the file another modification time: its
     * times lie more than {@link #GRANULARITY} before {@code now}. A file saved twice within one
     * tick of its time (same size, same second) is otherwise indistinguishable from an unchanged one.
     */
    public boolean settledBefore(Instant now) {
        Instant limit = now.minus(GRANULARITY);
        return modified.toInstant().isBefore(limit) && (changed == null || changed.toInstant().isBefore(limit));
    }
}
