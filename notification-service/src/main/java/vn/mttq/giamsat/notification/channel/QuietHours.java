package vn.mttq.giamsat.notification.channel;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Giờ yên lặng: the daily hours, in the organisation's time zone, during which no email
 * is sent; what falls due then goes when they end. They may span midnight (21:00 to
 * 07:00).
 *
 * @param from when they start
 * @param to when they end
 */
public record QuietHours(LocalTime from, LocalTime to) {

	/**
	 * Tells when the quiet hours that contain a moment end.
	 * @param now the moment
	 * @param zone the organisation's time zone
	 * @return their end, or empty when the moment is not in quiet hours
	 */
	public Optional<Instant> endIfQuiet(Instant now, ZoneId zone) {
		ZonedDateTime local = now.atZone(zone);
		LocalTime time = local.toLocalTime();
		boolean overnight = this.from.isAfter(this.to);
		boolean quiet = overnight ? (!time.isBefore(this.from) || time.isBefore(this.to))
				: (!time.isBefore(this.from) && time.isBefore(this.to));
		if (!quiet) {
			return Optional.empty();
		}
		ZonedDateTime end = local.with(this.to);
		if (!end.isAfter(local)) {
			end = end.plusDays(1);
		}
		return Optional.of(end.toInstant());
	}

}
