package org.ecs.routes.messaging;

import org.apache.camel.Processor;

/** Routes call plain beans through this, so a step is a method with its own unit test. */
public final class Steps {

	private Steps() {
	}

	/** A step of plain Java: the body in, the step's result as the new body. */
	public static <T> Processor step(Class<T> type, Step<T> step) {
		return (exchange) -> exchange.getMessage().setBody(step.apply(exchange.getMessage().getBody(type)));
	}

	@FunctionalInterface
	public interface Step<T> {

		Object apply(T body) throws Exception;

	}

}
