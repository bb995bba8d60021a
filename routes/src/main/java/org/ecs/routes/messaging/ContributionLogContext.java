package org.ecs.routes.messaging;

import java.util.UUID;
import java.util.function.Function;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Names the contribution a message concerns on every log line written while a route
 * handles it, as the logging context's {@value #MDC_KEY} (in JSON logs a field of its
 * own, so one search finds a contribution's whole journey across instances). It is set
 * when {@link PipelineCodec} reads a message about a contribution, or at the start of an
 * exchange whose message carries the id as the property {@value #HEADER} (the commit
 * stage sets it, and Camel carries it on to the committed event and the deliveries fanned
 * out from it); it is cleared when the exchange ends.
 */
@Component
public class ContributionLogContext extends RoutePolicySupport implements RoutePolicyFactory {

	/** The message property holding the contribution id. */
	public static final String HEADER = "ecsContributionId";

	public static final String MDC_KEY = "contribution_id";

	/** Names the message's contribution in the logging context; returns the message. */
	static <T> T enter(T message, Function<T, UUID> contributionId) {
		UUID id = contributionId.apply(message);
		if (id != null) {
			MDC.put(MDC_KEY, id.toString());
		}
		return message;
	}

	@Override
	public RoutePolicy createRoutePolicy(CamelContext camelContext, String routeId, NamedNode route) {
		return this;
	}

	@Override
	public void onExchangeBegin(Route route, Exchange exchange) {
		String id = exchange.getMessage().getHeader(HEADER, String.class);
		if (id != null) {
			MDC.put(MDC_KEY, id);
		}
	}

	@Override
	public void onExchangeDone(Route route, Exchange exchange) {
		// a direct: route inside another ends before the exchange does
		if (route.getRouteId().equals(exchange.getFromRouteId())) {
			MDC.remove(MDC_KEY);
		}
	}

}
