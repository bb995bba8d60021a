package org.ecs.config.security;

import java.util.EnumSet;
import java.util.UUID;

import org.ecs.config.EcsIntegrationTest;
import org.ecs.core.participant.Channel;
import org.ecs.core.participant.Level;
import org.ecs.core.participant.NewParticipant;
import org.ecs.core.participant.Participant;
import org.ecs.core.participant.ParticipantDirectory;
import org.ecs.core.participant.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail sandbox shows each person the mail to their own address, compared whole;
 * administrators see all of it.
 */
@EcsIntegrationTest
class SandboxAccessIT {

	@Autowired
	ParticipantDirectory participants;

	@Autowired
	JavaMailSender mail;

	@LocalServerPort
	int port;

	@Test
	void shouldShowEachPersonOnlyTheirOwnMail() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Participant alice = person("alice-" + tag, "alice-" + tag + "@example.org", null, EnumSet.of(Role.PARTICIPANT));
		Participant faxOnly = person("faxonly-" + tag, null, "+254201234" + (100 + (int) (Math.random() * 800)),
				EnumSet.of(Role.PARTICIPANT));
		Participant admin = person("admin-" + tag, "admin-" + tag + "@example.org", null,
				EnumSet.of(Role.ADMINISTRATOR));
		send("alice-" + tag + "@example.org", "For Alice " + tag);
		send("malice-" + tag + "@example.org", "For Malice " + tag);
		send("someone-" + tag + "@example.org", "For someone else " + tag);

		FormSession asAlice = new FormSession(this.port);
		asAlice.signIn(alice.username(), "secret");
		assertThat(asAlice.get("/sandbox/mail").body()).contains("For Alice " + tag)
			.doesNotContain("For Malice " + tag)
			.doesNotContain("For someone else " + tag);

		FormSession asFaxOnly = new FormSession(this.port);
		asFaxOnly.signIn(faxOnly.username(), "secret");
		assertThat(asFaxOnly.get("/sandbox/mail").body()).doesNotContain("For Alice " + tag)
			.doesNotContain("For someone else " + tag)
			.doesNotContain("class=\"open-mail\"");

		FormSession asAdmin = new FormSession(this.port);
		asAdmin.signIn(admin.username(), "secret");
		assertThat(asAdmin.get("/sandbox/mail").body()).contains("For Alice " + tag)
			.contains("For Malice " + tag)
			.contains("For someone else " + tag);
	}

	private void send(String to, String subject) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("ecs@ecs.localhost");
		message.setTo(to);
		message.setSubject(subject);
		message.setText("Hello.");
		this.mail.send(message);
	}

	private Participant person(String username, String email, String fax, EnumSet<Role> roles) {
		return this.participants.add(new NewParticipant(username, username, email, fax, null, "en", Level.FULL, roles,
				(fax != null) ? EnumSet.of(Channel.FAX) : EnumSet.of(Channel.WEB, Channel.EMAIL), "secret"));
	}

}
