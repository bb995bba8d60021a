/**
 * Video at the edge: ffprobe reads what a recording holds, ffmpeg (Debian's, started as a
 * process) transcodes it to HLS with its progress read from {@code -progress}, and makes
 * test clips and a live test stream. Knows nothing of meetings.
 */
package org.ecs.gateways.video;
