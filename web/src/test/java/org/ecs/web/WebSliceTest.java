package org.ecs.web;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ecs.core.comment.CommentStore;
import org.ecs.core.contribution.Contributions;
import org.ecs.core.contribution.WebContributions;
import org.ecs.core.deadletter.DeadLetters;
import org.ecs.core.discussion.Discussion;
import org.ecs.core.discussion.DiscussionAccess;
import org.ecs.core.discussion.Discussions;
import org.ecs.core.discussion.ReviewPolicy;
import org.ecs.core.discussion.SubjectKind;
import org.ecs.core.notification.WebInbox;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.Role;
import org.ecs.core.review.ReviewInbox;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

/**
 * One slice for every controller test, so the context is built once: all controllers, the
 * real security configuration and access rules, core's services mocked. A cast of
 * participants and two discussions (one open, one closed) with the real
 * {@link DiscussionAccess} deciding who reads and who posts.
 */
@WebMvcTest
@Import({ SliceImports.class })
public abstract class WebSliceTest {

	protected static final Instant NOW = WebSliceApplication.NOW;

	protected static final Participant ALICE = participant(1, "alice", "Alice Full", Level.FULL, Role.PARTICIPANT);

	protected static final Participant MONICA = participant(2, "monica", "Monica Monitoring", Level.MONITORING,
			Role.PARTICIPANT);

	protected static final Participant OTTO = participant(3, "otto", "Otto Outsider", Level.FULL, Role.PARTICIPANT);

	protected static final Participant CORA = participant(4, "cora", "Cora Coordinator", Level.FULL, Role.PARTICIPANT,
			Role.COORDINATOR);

	protected static final Participant ADAM = participant(5, "adam", "Adam Administrator", Level.FULL,
			Role.ADMINISTRATOR);

	protected static final Discussion OPEN = new Discussion(10, "Draft guidelines", SubjectKind.PAPER, "INF.1234",
			"Comments invited.", CORA.id(), NOW.minus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(14)),
			ReviewPolicy.EVERY);

	protected static final Discussion CLOSED = new Discussion(11, "Agenda item 4", SubjectKind.AGENDA_ITEM, "WGB-60/4",
			"Input on item 4.", CORA.id(), NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(1)),
			ReviewPolicy.EMAIL_AND_FAX);

	@Autowired
	protected MockMvc mvc;

	@MockitoBean
	protected ParticipantDirectory directory;

	@MockitoBean
	protected Discussions discussions;

	@MockitoBean
	protected WebContributions webContributions;

	@MockitoBean
	protected Contributions contributions;

	@MockitoBean
	protected CommentStore comments;

	@MockitoBean
	protected ReviewInbox reviewInbox;

	@MockitoBean
	protected WebInbox webInbox;

	@MockitoBean
	protected DeadLetters deadLetters;

	@MockitoBean
	protected org.ecs.core.contribution.IntakeProgress intakeProgress;

	@MockitoBean
	protected org.ecs.core.notification.Notifications notifications;

	@MockitoBean
	protected org.ecs.core.discussion.DiscussionLaunch discussionLaunch;

	@MockitoBean
	protected org.ecs.core.notice.NetworkMessages networkMessages;

	@MockitoBean
	protected org.ecs.core.mailbox.ReplyTokenEpochs replyTokenEpochs;

	@MockitoBean
	protected org.ecs.core.security.SecurityEvents securityEvents;

	@MockitoBean
	protected org.ecs.core.document.Documents documents;

	@MockitoBean
	protected org.ecs.core.document.DocumentUploads documentUploads;

	@MockitoBean
	protected org.ecs.core.document.DocumentPublishing documentPublishing;

	@MockitoBean
	protected org.ecs.core.search.Search search;

	@MockitoBean
	protected org.ecs.core.blob.BlobStore blobs;

	@MockitoBean
	protected org.ecs.core.meeting.Meetings meetings;

	@MockitoBean
	protected org.ecs.core.comment.CommentAttachments commentAttachments;

	@MockitoBean
	protected org.ecs.core.document.DocumentCatalogue documentCatalogue;

	@MockitoBean
	protected org.ecs.core.document.DocumentFollows documentFollows;

	@MockitoBean
	protected org.ecs.core.participant.ParticipantRecords participantRecords;

	@MockitoBean
	protected org.ecs.core.participant.Nominations nominations;

	@MockitoBean
	protected org.ecs.core.participant.ParticipationChanges participationChanges;

	@MockitoBean
	protected org.ecs.core.participant.AccountSettings accountSettings;

	@MockitoBean
	protected org.ecs.core.meeting.Recordings recordings;

	@MockitoBean
	protected org.ecs.core.meeting.RecordingFiles recordingFiles;

	@MockitoBean
	protected org.ecs.web.meeting.RecordingUploads recordingUploads;

	@MockitoBean
	protected org.ecs.core.meeting.CalendarFeeds calendarFeeds;

	@MockitoBean
	protected org.ecs.core.meeting.LiveTestSource liveTestSource;

	@MockitoBean
	protected org.ecs.core.meeting.Attendance attendance;

	@MockitoBean
	protected org.ecs.core.meeting.AgendaDiscussions agendaDiscussions;

	@MockitoBean
	protected org.ecs.core.meeting.LiveStreamTokens liveStreamTokens;

	@MockitoBean
	protected org.ecs.core.notice.Notices notices;

	@MockitoBean
	protected org.ecs.core.security.ParticipantCertificates participantCertificates;

	@MockitoBean
	protected org.ecs.core.participant.PasswordResets passwordResets;

	private static final java.util.concurrent.atomic.AtomicLong VERSIONS = new java.util.concurrent.atomic.AtomicLong();

	@BeforeEach
	void cast() {
		// a discussion version of its own per test: pages keep comments by version
		long version = VERSIONS.incrementAndGet();
		given(this.discussions.version(anyLong())).willReturn(version);
		given(this.notifications.summaries(org.mockito.ArgumentMatchers.any())).willReturn(java.util.Map.of());
		for (Participant p : List.of(ALICE, MONICA, OTTO, CORA, ADAM)) {
			given(this.directory.findByUsername(p.username())).willReturn(Optional.of(p));
			given(this.directory.findById(p.id())).willReturn(Optional.of(p));
		}
		given(this.directory.all()).willReturn(List.of(ADAM, ALICE, CORA, MONICA, OTTO));
		for (Discussion d : List.of(OPEN, CLOSED)) {
			given(this.discussions.findById(d.id())).willReturn(Optional.of(d));
			for (Participant member : List.of(ALICE, MONICA, CORA)) {
				given(this.discussions.isInAudience(d.id(), member.id())).willReturn(true);
			}
		}
		given(this.discussions.visibleTo(anyLong())).willReturn(List.of());
		given(this.discussions.visibleTo(ALICE.id())).willReturn(List.of(OPEN, CLOSED));
		given(this.discussions.visibleTo(MONICA.id())).willReturn(List.of(OPEN, CLOSED));
		given(this.discussions.visibleTo(CORA.id())).willReturn(List.of(OPEN, CLOSED));
	}

	/** Signed in as this participant, with the authorities the login gives. */
	protected static RequestPostProcessor as(Participant p) {
		String[] roles = p.roles().stream().map(Role::name).toArray(String[]::new);
		return SecurityMockMvcRequestPostProcessors.user(p.username()).roles(roles);
	}

	protected static Participant participant(long id, String username, String name, Level level, Role... roles) {
		return new Participant(id, username, name, username + "@example.org", null, "AUT", "en", level, Set.of(roles),
				EnumSet.of(Channel.WEB, Channel.EMAIL), true);
	}

}
