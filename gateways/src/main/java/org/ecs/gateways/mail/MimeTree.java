package org.ecs.gateways.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * A mail's MIME structure as Apache mime4j reads it, leniently and for this message only
 * (no JVM-wide settings): each part with its raw header fields and its body still
 * transfer-encoded. Embedded messages (message/rfc822) are kept whole, as received.
 */
final class MimeTree {

	/** No limits on lines, headers or content; malformed input is read, not refused. */
	private static final MimeConfig LENIENT = MimeConfig.custom()
		.setStrictParsing(false)
		.setMaxLineLen(-1)
		.setMaxHeaderCount(-1)
		.setMaxHeaderLen(-1)
		.setMaxContentLen(-1)
		.build();

	/** One entity: the message itself or one of its parts. */
	static final class Node {

		/**
		 * Header fields in order: name, raw value (bytes as ISO-8859-1, still folded).
		 */
		final List<String[]> fields = new ArrayList<>();

		final List<Node> children = new ArrayList<>();

		/** The body as transfer-encoded, or null for a multipart that was split. */
		byte[] body;

		boolean multipart;

		/** The raw values of a header, name case-insensitive. */
		List<String> header(String name) {
			List<String> values = new ArrayList<>();
			for (String[] field : this.fields) {
				if (field[0].equalsIgnoreCase(name)) {
					values.add(field[1]);
				}
			}
			return values;
		}

		String first(String name) {
			List<String> values = header(name);
			return values.isEmpty() ? null : values.get(0);
		}

	}

	private MimeTree() {
	}

	static Node parse(byte[] raw) throws IOException, MimeException {
		// no body descriptor builder: mime4j's lenient default
		MimeStreamParser parser = new MimeStreamParser(LENIENT, DecodeMonitor.SILENT, null);
		parser.setContentDecoding(false);
		parser.setNoRecurse();
		Builder builder = new Builder();
		parser.setContentHandler(builder);
		parser.parse(new ByteArrayInputStream(raw));
		if (builder.root == null) {
			throw new MimeException("no message");
		}
		return builder.root;
	}

	private static final class Builder extends AbstractContentHandler {

		private final Deque<Node> open = new ArrayDeque<>();

		private Node root;

		@Override
		public void startMessage() {
			if (this.open.isEmpty() && this.root == null) {
				this.root = new Node();
				this.open.push(this.root);
			}
			else {
				// a message inside a part (not read as one, but be safe)
				Node node = new Node();
				this.open.peek().children.add(node);
				this.open.push(node);
			}
		}

		@Override
		public void endMessage() {
			this.open.poll();
		}

		@Override
		public void startBodyPart() {
			Node node = new Node();
			this.open.peek().children.add(node);
			this.open.push(node);
		}

		@Override
		public void endBodyPart() {
			this.open.poll();
		}

		@Override
		public void field(Field field) {
			String name = field.getName();
			String value;
			if (field.getRaw() != null) {
				String line = new String(field.getRaw().toByteArray(), StandardCharsets.ISO_8859_1);
				int colon = line.indexOf(':');
				value = (colon >= 0) ? line.substring(colon + 1) : "";
				value = value.replaceFirst("^[ \\t]+", "");
			}
			else {
				value = (field.getBody() != null) ? field.getBody() : "";
			}
			this.open.peek().fields.add(new String[] { name.trim().toLowerCase(Locale.ROOT), value });
		}

		@Override
		public void startMultipart(BodyDescriptor descriptor) {
			this.open.peek().multipart = true;
		}

		@Override
		public void body(BodyDescriptor descriptor, InputStream in) throws IOException {
			this.open.peek().body = in.readAllBytes();
		}

	}

}
