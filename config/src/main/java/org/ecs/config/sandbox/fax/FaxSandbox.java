package org.ecs.config.sandbox.fax;

import com.icegreen.greenmail.util.GreenMail;
import org.ecs.gateways.fax.FaxBridgeMailComposer;
import org.ecs.gateways.fax.FaxResolution;
import org.ecs.routes.fax.FaxSettings;
import org.ecs.routes.outbound.MailSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default's fax world, in the mail sandbox: the fax bridge's mailbox
 * ({@code fax-bridge@<ecs.mail.domain>}, login = password = the address) that the fax
 * intake polls, the gateway domain faxes are mailed to, and a page to read the faxes ECS
 * sent and to fax a page back as HylaFAX would deliver it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(FaxSandbox.ACTIVE)
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
class FaxSandbox {

	/** The sandbox runs, and faxes are not turned off. */
	static final String ACTIVE = "${ecs.sandbox.enabled:false} and ${ecs.fax.enabled:true}";

	/** Created with the sandbox, so the fax poller can log in from its first poll. */
	@Bean
	SandboxFaxBridge sandboxFaxBridge(GreenMail servers, FaxSettings fax, MailSettings mail) {
		String mailbox = fax.login(mail.domain());
		servers.setUser(mailbox, mailbox, fax.password().isBlank() ? mailbox : fax.password());
		return new SandboxFaxBridge(mailbox, new FaxBridgeMailComposer(
				"HylaFAX Agent <fax-agent@" + mail.domain() + ">", FaxResolution.NORMAL, fax.zone()));
	}

	/**
	 * The bridge mailbox and how a simulated fax machine's page becomes a bridge mail.
	 */
	record SandboxFaxBridge(String mailbox, FaxBridgeMailComposer composer) {
	}

}
