package vn.mttq.giamsat.console.monitor.deadletter;

/**
 * A record a service could not handle and put aside, as its dead-letter API lists it.
 *
 * @param id the dead letter's id (its topic, partition and offset)
 * @param originalTopic the topic it came from
 * @param key its key
 * @param reason why the service put it aside
 * @param exception the error's type
 * @param deadAt when, ISO instant
 * @param replays how many times it was sent back
 * @param replayedAt when it was last sent back, ISO instant
 */
public record DeadLetter(String id, String originalTopic, String key, String reason, String exception, String deadAt,
		Integer replays, String replayedAt) {

}
