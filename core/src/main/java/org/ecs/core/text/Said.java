package org.ecs.core.text;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A sentence ECS says to a person (why something cannot be done as asked): its key in the
 * application's message bundle (most under {@code problem.}), the arguments, and the
 * English sentence the API and the logs keep. Pages say it in the reader's language; an
 * argument that is itself a {@code Said} (a word such as a status) is said in it too.
 *
 * @param key the bundle key
 * @param args the arguments, in the bundle's order
 * @param english the sentence in English
 */
public record Said(String key, List<Object> args, String english) {

	public Said {
		args = List.copyOf(args);
	}

	public static Said said(String key, String english, Object... args) {
		return new Said(key, List.of(args), english);
	}

	/** The English sentences, each once, in order. */
	public static String english(Collection<Said> said) {
		return said.stream()
			.map(Said::english)
			.collect(Collectors.toCollection(LinkedHashSet::new))
			.stream()
			.collect(Collectors.joining(" "));
	}

	/** Each once, in order. */
	public static List<Said> distinct(Collection<Said> said) {
		return List.copyOf(new LinkedHashSet<>(said));
	}

}
