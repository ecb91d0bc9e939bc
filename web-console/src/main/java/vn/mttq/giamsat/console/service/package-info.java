/**
 * Calling the services: one {@code RestClient} per service with the signed-in person's
 * token, their language and timeouts; what a service answers when it refuses
 * ({@link vn.mttq.giamsat.console.service.ServiceProblem}) or cannot be reached
 * ({@link vn.mttq.giamsat.console.service.ServiceUnavailable}).
 */
package vn.mttq.giamsat.console.service;
