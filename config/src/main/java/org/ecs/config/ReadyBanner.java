package org.ecs.config;

import org.ecs.core.demo.DemoData;
import org.ecs.core.platform.PlatformFeatures;
import org.ecs.core.platform.WaitingFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started ECS where it is and how to log in. */
@Component
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	private final Environment env;

	private final PlatformFeatures features;

	ReadyBanner(Environment env, PlatformFeatures features) {
		this.env = env;
		this.features = features;
	}

	/**
	 * The URL people open: {@code ecs.mail.base-url} (the one mail links use), or this
	 * instance on localhost when that is not set to a real port.
	 */
	String publicUrl(String port) {
		String base = this.env.getProperty("ecs.mail.base-url", "");
		if (base.isBlank() || base.matches("https?://(localhost|127\\.0\\.0\\.1)(:\\d+)?/?")) {
			return "http://localhost:" + port + "/";
		}
		return base.endsWith("/") ? base : base + "/";
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void ready(ApplicationReadyEvent event) {
		String port = this.env.getProperty("local.server.port", "8080");
		StringBuilder sb = new StringBuilder("\n\n  ECS is ready at ").append(publicUrl(port)).append("\n");
		String address = this.env.getProperty("server.address");
		if (address != null && !address.isBlank()) {
			sb.append("  (listening on ").append(address).append(" port ").append(port).append(")\n");
		}
		for (WaitingFeature feature : this.features.waiting()) {
			sb.append("  ")
				.append(feature.description())
				.append(".\n    As root: ")
				.append(feature.command())
				.append('\n');
		}
		if (this.env.getProperty("ecs.demo.enabled", Boolean.class, false)) {
			sb.append("  Demo accounts (password '")
				.append(DemoData.PASSWORD)
				.append("'):\n")
				.append("    alice, bruno  full participants      monica  monitoring participant\n")
				.append("    faith         fax-only participant   cora    discussion coordinator\n")
				.append("    sam           secretariat staff      fiona   national focal point\n")
				.append("    adam          administrator\n");
		}
		if (this.env.getProperty("ecs.sandbox.enabled", Boolean.class, false)) {
			sb.append("  Mail sandbox: http://localhost:")
				.append(port)
				.append("/sandbox/mail (SMTP and IMAP on localhost, ports ")
				.append(this.env.getProperty("ecs.sandbox.smtp-port"))
				.append(" and ")
				.append(this.env.getProperty("ecs.sandbox.imap-port"))
				.append("); fax sandbox: http://localhost:")
				.append(port)
				.append("/sandbox/fax\n");
		}
		log.info(sb.toString());
	}

}
