package org.ecs.config.sandbox;

import java.net.Socket;
import java.net.SocketException;
import java.util.Arrays;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail with two changes that make it behave like a real mail server for ECS: plus
 * addresses ({@code ecs+<token>@…}) are delivered to their base mailbox, as Postfix and
 * Dovecot do, and the IMAP server sets TCP_NODELAY on its connections. Stock GreenMail
 * leaves Nagle's algorithm on, so each IMAP round trip waits for the client's delayed ACK
 * (~40 ms on loopback): what the intake would measure is that stall, not mail.
 */
public class SandboxMailServers extends GreenMail {

	static final String NO_DELAY_IMAP = "imap-nodelay";

	private final boolean tcpNoDelay;

	public SandboxMailServers(ServerSetup[] setups, boolean tcpNoDelay) {
		super(setups);
		this.tcpNoDelay = tcpNoDelay;
		getUserManager().setSieveIgnoreDetail(true);
	}

	@Override
	protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
		// called from the superclass constructor, before this class's fields are set:
		// the IMAP server always gets the socket option, the flag only decides its value
		ServerSetup[] others = Arrays.stream(setups)
			.filter((setup) -> !ServerSetup.PROTOCOL_IMAP.equals(setup.getProtocol()))
			.toArray(ServerSetup[]::new);
		Map<String, AbstractServer> services = super.createServices(others, managers);
		Arrays.stream(setups)
			.filter((setup) -> ServerSetup.PROTOCOL_IMAP.equals(setup.getProtocol()))
			.findFirst()
			.ifPresent((setup) -> services.put(NO_DELAY_IMAP, new NoDelayImapServer(setup, managers, this)));
		return services;
	}

	/** The port the IMAP server listens on (picked at start when configured as 0). */
	public int imapPort() {
		AbstractServer imap = this.services.get(NO_DELAY_IMAP);
		if (imap == null) {
			throw new IllegalStateException("The sandbox runs no IMAP server");
		}
		return imap.getPort();
	}

	boolean tcpNoDelay() {
		return this.tcpNoDelay;
	}

	/** GreenMail's IMAP server, with the socket option set on each connection. */
	static final class NoDelayImapServer extends AbstractServer {

		private final SandboxMailServers owner;

		NoDelayImapServer(ServerSetup setup, Managers managers, SandboxMailServers owner) {
			super(setup, managers);
			this.owner = owner;
		}

		@Override
		protected ProtocolHandler createProtocolHandler(Socket clientSocket) {
			try {
				clientSocket.setTcpNoDelay(this.owner.tcpNoDelay());
			}
			catch (SocketException ex) {
				// a connection that cannot take the option still works, only slower
			}
			return new ImapHandler(this.managers.getUserManager(), this.managers.getImapHostManager(), clientSocket);
		}

	}

}
