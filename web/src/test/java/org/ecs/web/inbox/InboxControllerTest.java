package org.ecs.web.inbox;

import java.util.List;

import org.ecs.core.notification.InboxChanged;
import org.ecs.core.notification.InboxChangedElsewhere;
import org.ecs.core.notification.Notification;
import org.ecs.core.participant.Participant;
import org.ecs.web.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class InboxControllerTest extends WebSliceTest {

	static final Notification UNREAD = new Notification(5, ALICE.id(), "COMMENT_PUBLISHED", "comment:1", OPEN.id(),
			"New comment in \"Draft guidelines\"", "Bruno wrote:\n\n<i>hi</i>", NOW, null);

	@Autowired
	InboxStreams streams;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void shouldSayWhoSentAMessageAndOfferToAnswerThem() throws Exception {
		java.util.UUID noticeId = java.util.UUID.randomUUID();
		Notification message = new Notification(6, ALICE.id(), "NOTICE", Notification.noticeKey(noticeId), null,
				"Agenda for Tuesday", "Please read item 4.", NOW, null);
		given(this.notices.find(noticeId)).willReturn(java.util.Optional
			.of(new org.ecs.core.notice.Notice(noticeId, org.ecs.core.notice.NoticeKind.MESSAGE, CORA.id(),
					CORA.displayName(), null, "Agenda for Tuesday", "Please read item 4.", List.of(), NOW, NOW, 1)));
		given(this.webInbox.latest(ALICE.id(), InboxController.SHOWN)).willReturn(List.of(message));
		this.mvc.perform(get("/inbox").with(as(ALICE)))
			.andExpect(content().string(containsString("From Cora Coordinator ·")))
			.andExpect(content().string(containsString("href=\"/messages/new?to=person:" + CORA.id() + "\"")))
			.andExpect(content().string(containsString("Reply to Cora Coordinator")))
			.andExpect(content().string(containsString("action=\"/inbox/6/open\"")));
	}

	@Test
	void shouldMarkANotificationReadWhenItIsOpenedAndGoToItsDiscussion() throws Exception {
		given(this.webInbox.latest(ALICE.id(), InboxController.SHOWN)).willReturn(List.of(UNREAD));
		this.mvc.perform(post("/inbox/5/open").with(as(ALICE)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/discussions/" + OPEN.id()));
		then(this.webInbox).should().markRead(ALICE.id(), 5);
	}

	@Test
	void shouldNotMarkANotificationReadOnALink() throws Exception {
		given(this.webInbox.latest(ALICE.id(), InboxController.SHOWN)).willReturn(List.of(UNREAD));
		this.mvc.perform(get("/inbox/5/open").with(as(ALICE))).andExpect(status().is4xxClientError());
		then(this.webInbox).should(org.mockito.Mockito.never()).markRead(ALICE.id(), 5);
	}

	@Test
	void shouldNotOpenSomeoneElsesNotification() throws Exception {
		given(this.webInbox.latest(OTTO.id(), InboxController.SHOWN)).willReturn(List.of());
		this.mvc.perform(post("/inbox/5/open").with(as(OTTO)).with(csrf())).andExpect(status().isNotFound());
		then(this.webInbox).should(org.mockito.Mockito.never()).markRead(OTTO.id(), 5);
	}

	@Test
	void shouldShowTheInboxWithUnreadBadge() throws Exception {
		given(this.webInbox.latest(ALICE.id(), InboxController.SHOWN)).willReturn(List.of(UNREAD));
		given(this.webInbox.unread(ALICE.id())).willReturn(1);
		this.mvc.perform(get("/inbox").with(as(ALICE)))
			.andExpect(status().isOk())
			.andExpect(view().name("inbox"))
			.andExpect(model().attribute("unreadCount", 1))
			.andExpect(content().string(containsString("class=\"notification unread\"")))
			.andExpect(content().string(containsString("&lt;i&gt;hi&lt;/i&gt;")))
			.andExpect(content().string(containsString("id=\"unread-count\"")));
	}

	@Test
	void shouldServeTheFragmentsHtmxRefreshes() throws Exception {
		given(this.webInbox.latest(ALICE.id(), InboxController.SHOWN)).willReturn(List.of(UNREAD));
		given(this.webInbox.unread(ALICE.id())).willReturn(3);
		this.mvc.perform(get("/inbox/list").with(as(ALICE)))
			.andExpect(content().string(containsString("id=\"notifications\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<nav"))));
		this.mvc.perform(get("/inbox/unread-count").with(as(ALICE)))
			.andExpect(content().string(containsString("id=\"unread-count\"")))
			.andExpect(content().string(containsString(">3<")));
	}

	@Test
	void shouldMarkReadAndTellHtmxTheInboxChanged() throws Exception {
		this.mvc.perform(post("/inbox/5/read").with(as(ALICE)).with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isNoContent())
			.andExpect(header().string("HX-Trigger", "inbox-changed"));
		then(this.webInbox).should().markRead(ALICE.id(), 5);
	}

	@Test
	void shouldMarkAllReadAndRedirectWithoutJavaScript() throws Exception {
		this.mvc.perform(post("/inbox/read-all").with(as(ALICE)).with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "http://localhost/inbox"));
		then(this.webInbox).should().markAllRead(ALICE.id());
	}

	@Test
	void shouldStreamInboxChangesToThePersonOnly() throws Exception {
		// published as core publishes it, to prove the listener is wired
		assertOnlyAliceIsTold(new InboxChanged(ALICE.id(), 42), "data:42");
		assertThat(this.streams.openCount(ALICE.id())).isPositive();
	}

	@Test
	void shouldStreamAnotherInstancesDeliveryToThePersonsPagesHere() throws Exception {
		assertOnlyAliceIsTold(new InboxChangedElsewhere(ALICE.id(), 44), "data:44");
	}

	@Test
	void shouldEndEveryStreamWhenTheApplicationClosesSoAGracefulShutdownNeedNotWait() throws Exception {
		MvcResult alice = stream(ALICE);
		assertThat(this.streams.openCount(ALICE.id())).isPositive();

		this.streams.closeAll();

		assertThat(this.streams.openCount(ALICE.id())).isZero();
		this.events.publishEvent(new InboxChanged(ALICE.id(), 43));
		assertThat(alice.getResponse().getContentAsString()).as("the stream ended before").doesNotContain("data:43");
	}

	/**
	 * Alice's and Monica's pages listen; the event about Alice's inbox reaches Alice's
	 * stream only.
	 */
	private void assertOnlyAliceIsTold(Object event, String data) throws Exception {
		MvcResult alice = stream(ALICE);
		MvcResult monica = stream(MONICA);

		this.events.publishEvent(event);

		assertThat(alice.getResponse().getContentAsString()).contains("event:connected")
			.contains("event:inbox-changed")
			.contains(data);
		assertThat(monica.getResponse().getContentAsString()).doesNotContain("inbox-changed");
	}

	private MvcResult stream(Participant who) throws Exception {
		return this.mvc.perform(get("/inbox/stream").with(as(who))).andExpect(request().asyncStarted()).andReturn();
	}

}
