package org.ecs.core.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Content-addressed files (raw emails, fax pages, documents): the key is the SHA-256 of
 * the bytes, so storing the same original twice is harmless. Written to a temporary file,
 * forced to disk and renamed, so a key handed out always names complete bytes.
 */
@Component
public class BlobStore {

	private final Path root;

	public BlobStore(@Value("${ecs.blob.dir:data/blobs}") Path root) {
		this.root = root.toAbsolutePath();
	}

	public String put(byte[] bytes) {
		String key = sha256(bytes);
		Path target = pathOf(key);
		if (Files.exists(target)) {
			return key;
		}
		try {
			Files.createDirectories(target.getParent());
			Path tmp = Files.createTempFile(target.getParent(), key, ".part");
			try (var out = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
				out.write(java.nio.ByteBuffer.wrap(bytes));
				out.force(true);
			}
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store blob " + key, ex);
		}
	}

	public Optional<byte[]> get(String key) {
		if (key == null || !key.matches("[0-9a-f]{64}")) {
			return Optional.empty();
		}
		try {
			Path p = pathOf(key);
			return Files.exists(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The bytes, checked against their key on the way out.
	 * @return empty when there is no such blob
	 * @throws IllegalStateException when the stored bytes no longer match their checksum
	 */
	public Optional<byte[]> getVerified(String key) {
		Optional<byte[]> bytes = get(key);
		if (bytes.isPresent() && !sha256(bytes.get()).equals(key)) {
			throw new IllegalStateException("Blob " + key + " does not match its checksum");
		}
		return bytes;
	}

	public InputStream open(String key) throws IOException {
		return Files.newInputStream(pathOf(key));
	}

	private Path pathOf(String key) {
		return this.root.resolve(key.substring(0, 2)).resolve(key);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
