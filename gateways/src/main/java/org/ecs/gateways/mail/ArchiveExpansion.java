package org.ecs.gateways.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Measures what a ZIP container (a .docx, .xlsx, .odt, a .zip) really unpacks to, before
 * anything reads it: every entry is inflated into nothing while the bytes are counted,
 * and counting stops at the first limit, so a small file that would unpack to hundreds of
 * megabytes (a zip bomb) is found at the cost of the limit, not of the bomb. The sizes an
 * archive declares are not believed. Thread-safe.
 */
public final class ArchiveExpansion {

	/** What the check found. */
	public enum Verdict {

		/** Not a ZIP container, or one within the limits. */
		FINE,

		/** Unpacks to more than allowed, in bytes or as a multiple of its size. */
		EXPANDS_TOO_MUCH,

		/** More entries than any office document has. */
		TOO_MANY_ENTRIES,

		/** A ZIP that cannot be read as one. */
		UNREADABLE

	}

	private static final byte[] LOCAL_HEADER = { 'P', 'K', 3, 4 };

	private final long maxExpandedBytes;

	private final int maxRatio;

	private final int maxEntries;

	/**
	 * @param maxExpandedBytes most bytes all entries may unpack to
	 * @param maxRatio most times its own size an archive may unpack to (office documents
	 * stay well under 30)
	 * @param maxEntries most entries an archive may have
	 */
	public ArchiveExpansion(long maxExpandedBytes, int maxRatio, int maxEntries) {
		this.maxExpandedBytes = maxExpandedBytes;
		this.maxRatio = maxRatio;
		this.maxEntries = maxEntries;
	}

	public static boolean isZip(byte[] content) {
		if (content == null || content.length < LOCAL_HEADER.length) {
			return false;
		}
		for (int i = 0; i < LOCAL_HEADER.length; i++) {
			if (content[i] != LOCAL_HEADER[i]) {
				return false;
			}
		}
		return true;
	}

	public Verdict check(byte[] content) {
		if (!isZip(content)) {
			return Verdict.FINE;
		}
		long limit = Math.min(this.maxExpandedBytes, Math.max(1L, (long) content.length) * this.maxRatio);
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > this.maxEntries) {
					return Verdict.TOO_MANY_ENTRIES;
				}
				if (!entry.isDirectory()) {
					total = inflate(zip, buffer, total, limit);
					if (total > limit) {
						return Verdict.EXPANDS_TOO_MUCH;
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return Verdict.UNREADABLE;
		}
		return (entries == 0) ? Verdict.UNREADABLE : Verdict.FINE;
	}

	private static long inflate(InputStream entry, byte[] buffer, long total, long limit) throws IOException {
		long counted = total;
		int read;
		while ((read = entry.read(buffer)) > 0) {
			counted += read;
			if (counted > limit) {
				return counted;
			}
		}
		return counted;
	}

}
