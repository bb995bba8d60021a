package org.ecs.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole of ECS on real parts: embedded PostgreSQL in a fresh temporary data directory
 * (not flushed to disk on every commit: test data need not survive a power cut), the
 * embedded Artemis broker with a persistent journal, the GreenMail sandbox on free ports.
 * Every integration test uses exactly this annotation, so Spring starts the application
 * once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = EcsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ecs.embedded.postgres-dir=", "ecs.embedded.postgres-durable=false",
				"spring.artemis.embedded.data-directory=target/it-artemis/${random.uuid}", "ecs.sandbox.smtp-port=0",
				"ecs.sandbox.imap-port=0", "ecs.blob.dir=target/it-blobs", "ecs.video.dir=target/it-video",
				"ecs.video.drop=target/it-drop/${random.uuid}", "ecs.video.drop-delay=500ms", "ecs.demo.enabled=true",
				"ecs.mailbox.trusted-authserv-ids=mx.ecs.test", "ecs.tls.port=0",
				"ecs.certificates.directory=target/it-certificates/${random.uuid}" })
public @interface EcsIntegrationTest {

}
