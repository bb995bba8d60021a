package org.ecs.gateways.mail;

/**
 * RFC 3676 format=flowed: joins soft-broken lines back into paragraphs so that quote
 * headers wrapped by the sender ("On ..., X\nwrote:") read as one line again.
 */
final class FlowedText {

	private FlowedText() {
	}

	static String unflow(String text, boolean delSp) {
		String[] lines = text.split("\n", -1);
		StringBuilder out = new StringBuilder(text.length());
		int previousDepth = -1;
		boolean joining = false;
		for (String rawLine : lines) {
			int depth = 0;
			while (depth < rawLine.length() && rawLine.charAt(depth) == '>') {
				depth++;
			}
			String line = rawLine;
			if (joining && depth == previousDepth) {
				String content = line.substring(depth);
				if (content.startsWith(" ")) {
					content = content.substring(1);
				}
				line = content;
			}
			else if (joining) {
				out.append('\n');
			}
			boolean soft = rawLine.endsWith(" ") && !rawLine.substring(depth).stripLeading().equals("--")
					&& !rawLine.substring(depth).equals("-- ");
			if (soft && delSp) {
				line = line.substring(0, line.length() - 1);
			}
			out.append(line);
			if (!soft) {
				out.append('\n');
			}
			joining = soft;
			previousDepth = depth;
		}
		String result = out.toString();
		return result.endsWith("\n") ? result.substring(0, result.length() - 1) : result;
	}

}
