package org.ecs.config.startup;

import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;

/**
 * Where start-up time goes, on request: with {@code -Decs.startup-steps=N} ECS records
 * Spring's start-up steps (bean by bean) and, once ready, logs the N longest (a step's
 * time includes the steps inside it). The actuator's {@code startup} endpoint serves the
 * same record to administrators. Off by default: recording costs memory.
 */
public final class StartupSteps {

	private static final Log log = LogFactory.getLog(StartupSteps.class);

	private StartupSteps() {
	}

	public static void install(SpringApplication application) {
		int shown = Integer.getInteger("ecs.startup-steps", 0);
		if (shown <= 0) {
			return;
		}
		BufferingApplicationStartup steps = new BufferingApplicationStartup(20_000);
		application.setApplicationStartup(steps);
		application.addListeners((ApplicationListener<ApplicationReadyEvent>) (ready) -> log
			.info("Start-up took " + ready.getTimeTaken().toMillis() + " ms; the longest steps:\n"
					+ steps.getBufferedTimeline()
						.getEvents()
						.stream()
						.sorted(Comparator.comparing(TimelineEvent::getDuration).reversed())
						.limit(shown)
						.map(StartupSteps::line)
						.collect(Collectors.joining("\n"))));
	}

	private static String line(TimelineEvent event) {
		Duration d = event.getDuration();
		String tags = StreamSupport.stream(event.getStartupStep().getTags().spliterator(), false)
			.map((tag) -> tag.getKey() + "=" + tag.getValue())
			.collect(Collectors.joining(" "));
		return String.format("%7d ms  %s %s", d.toMillis(), event.getStartupStep().getName(), tags);
	}

}
