package org.ecs.core.platform;

import java.util.List;

/**
 * A feature that cannot work on this machine until operating-system packages are
 * installed, and what happens meanwhile.
 *
 * @param feature a short name ({@code ocr}, {@code fax-pdf})
 * @param description what waits and what happens meanwhile, one sentence for a person
 * @param packages the Debian packages that bring it
 */
public record WaitingFeature(String feature, String description, List<String> packages) {

	public WaitingFeature {
		packages = List.copyOf(packages);
	}

	/** The command an operator runs (as root) to add what is missing. */
	public String command() {
		return "apt-get install -y --no-install-recommends " + String.join(" ", this.packages);
	}

}
