package org.ecs.gateways.fax;

import java.util.Objects;
import java.util.Optional;

/**
 * What reading a gateway's mail gave: the value, or why the mail was not understood, so
 * that an operator can see why a mail was set aside instead of guessing.
 *
 * @param <T> what a recognised mail yields
 */
public sealed interface FaxParseResult<T> permits FaxParseResult.Recognised, FaxParseResult.Unrecognised {

	/** The value, if the mail was recognised. */
	Optional<T> found();

	/**
	 * A mail that matched a configured format.
	 *
	 * @param <T> what the mail yields
	 * @param value what was read
	 */
	record Recognised<T>(T value) implements FaxParseResult<T> {

		public Recognised {
			Objects.requireNonNull(value, "value");
		}

		@Override
		public Optional<T> found() {
			return Optional.of(this.value);
		}

	}

	/**
	 * A mail that matched no configured format.
	 *
	 * @param <T> what a recognised mail would have yielded
	 * @param reason why each format refused it, for an operator to read
	 */
	record Unrecognised<T>(String reason) implements FaxParseResult<T> {

		@Override
		public Optional<T> found() {
			return Optional.empty();
		}

	}

}
