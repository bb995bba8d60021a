package org.ecs.web;

import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.web.security.CurrentParticipant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * What a web slice leaves out but ECS's controllers need: the security configuration, the
 * login, the current participant, the SSE registry, the time display, and core's real
 * access rules (over mocked repositories).
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = CurrentParticipant.class)
@Import({ DiscussionAccess.class, DisplayTime.class, DeliveryLines.class, SliceImports.InboxScan.class,
		SliceImports.LanguagesScan.class, SliceImports.ResetRequestsScan.class, org.ecs.web.message.Recipients.class,
		org.ecs.core.document.DocumentAccess.class, org.ecs.web.document.DocumentDownloads.class,
		org.ecs.web.participant.ParticipantQueries.class, org.ecs.web.discussion.PublishedComments.class })
class SliceImports {

	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(basePackages = "org.ecs.web.inbox")
	static class InboxScan {

	}

	/** The background hand-on of password reset requests (over the mocked service). */
	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(basePackages = "org.ecs.web.invitation")
	static class ResetRequestsScan {

	}

	/** The bundle, the language of each request, the switcher. */
	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(basePackages = "org.ecs.web.i18n")
	static class LanguagesScan {

	}

}
