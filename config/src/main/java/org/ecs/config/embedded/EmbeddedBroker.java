package org.ecs.config.embedded;

/**
 * The embedded default's servers are optional at run time: the production jar
 * ({@code ecs-production.jar}) leaves the Artemis server, embedded PostgreSQL and
 * GreenMail out, and the classes that use them are only loaded when they are there.
 */
final class EmbeddedBroker {

	static final String SERVER_CLASS = "org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ";

	private EmbeddedBroker() {
	}

}
