package org.ecs.core.contribution;

/** A file that came with a contribution, kept in the blob store. */
public record Attachment(String name, String mediaType, long size, String blobKey) {
}
