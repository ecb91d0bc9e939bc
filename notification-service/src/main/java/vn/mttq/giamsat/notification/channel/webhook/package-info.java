/**
 * What a webhook may be: where it may be sent (public addresses only, checked when it is
 * set and again by each connection), the form of its signing secret, and how that secret
 * is kept encrypted at rest under a ring of keys.
 */
package vn.mttq.giamsat.notification.channel.webhook;
