package org.ecs.config;

import org.ecs.core.demo.DemoData;
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

	ReadyBanner(Environment env) {
		this.env = env;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void ready(ApplicationReadyEvent event) {
		String port = this.env.getProperty("local.server.port", "8080");
		StringBuilder sb = new StringBuilder("\n\n  ECS is ready at http://localhost:").append(port).append("/\n");
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
